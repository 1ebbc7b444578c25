package vn.taphuan.reporting.progress;

import org.junit.jupiter.api.Test;
import vn.taphuan.reporting.progress.EnrolmentTotals.DayCount;
import vn.taphuan.reporting.progress.EnrolmentTotals.Group;
import vn.taphuan.reporting.progress.Figures.GroupFigures;
import vn.taphuan.reporting.progress.Figures.PersonTurnFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.taphuan.reporting.progress.Gender.FEMALE;
import static vn.taphuan.reporting.progress.Gender.MALE;
import static vn.taphuan.reporting.progress.Level.COMMUNE;
import static vn.taphuan.reporting.progress.Level.DISTRICT;
import static vn.taphuan.reporting.progress.TargetGroup.CADRE;

class PersonTurnTallyTest {

    @Test
    void aCommunityLinesTargetIsAtTheCommunityLevelAndACadreLineHasALevelOnlyWhereItNamesOne() {
        PersonTurnTally turns = new PersonTurnTally();
        turns.planned(TargetGroup.COMMUNITY, DISTRICT, 100);
        turns.planned(CADRE, null, 40);
        turns.planned(CADRE, COMMUNE, 10);

        PersonTurnFigures figures = turns.figures();

        assertThat(figures.target()).isEqualTo(150);
        assertThat(figures.byTargetGroup()).extracting(GroupFigures::key, GroupFigures::target)
                .containsExactly(tuple("COMMUNITY", 100L), tuple("CADRE", 50L));
        assertThat(figures.byLevel()).extracting(GroupFigures::key, GroupFigures::target)
                .containsExactly(tuple("COMMUNE", 10L), tuple("COMMUNITY", 100L));
    }

    @Test
    void aLevelWithCompletionsButNoTargetHasNoTargetAndAPersonOfUnknownLevelCountsAtNone() {
        PersonTurnTally turns = new PersonTurnTally();
        turns.completed(new DayCount(4, 3, 0));
        turns.completed(new Group(CADRE, DISTRICT, FEMALE), 3);
        turns.completed(new Group(CADRE, null, MALE), 1);

        PersonTurnFigures figures = turns.figures();

        assertThat(figures.byLevel()).singleElement().satisfies(district -> {
            assertThat(district.key()).isEqualTo("DISTRICT");
            assertThat(district.target()).isNull();
            assertThat(district.percent()).isNull();
            assertThat(district.share()).isEqualByComparingTo("75.0");
        });
        assertThat(figures.byTargetGroup()).extracting(GroupFigures::key, GroupFigures::achieved)
                .containsExactly(tuple("CADRE", 4L));
        assertThat(figures.byGender()).extracting(GroupFigures::key, GroupFigures::achieved, GroupFigures::target)
                .containsExactly(tuple("FEMALE", 3L, null), tuple("MALE", 1L, null));
    }

    @Test
    void aShareMeetsTheLinesMinimumAtOrAboveItAndSaysNothingBeforeTheFirstCompletion() {
        PersonTurnTally line = new PersonTurnTally();
        line.minimumShares(50, 60);
        assertThat(line.figures().women().meetsMinimum()).isNull();

        line.completed(new DayCount(10, 5, 5));

        PersonTurnFigures figures = line.figures();
        assertThat(figures.women().share()).isEqualByComparingTo("50.0");
        assertThat(figures.women().meetsMinimum()).isTrue();
        assertThat(figures.ethnicMinority().minShare()).isEqualTo(60);
        assertThat(figures.ethnicMinority().meetsMinimum()).isFalse();
    }

    @Test
    void aSumOfScopesAddsTheCountsButCarriesNoMinimumAndNoLevelTargetNoPartGave() {
        PersonTurnTally line = new PersonTurnTally();
        line.planned(CADRE, null, 20);
        line.minimumShares(50, null);
        line.completed(new DayCount(10, 6, 1));
        line.completed(new Group(CADRE, DISTRICT, FEMALE), 10);
        PersonTurnFigures one = line.figures();
        PersonTurnTally plan = new PersonTurnTally();

        plan.add(one);
        plan.add(one);

        PersonTurnFigures both = plan.figures();
        assertThat(both.target()).isEqualTo(40);
        assertThat(both.achieved()).isEqualTo(20);
        assertThat(both.women().count()).isEqualTo(12);
        assertThat(both.women().minShare()).isNull();
        assertThat(both.women().meetsMinimum()).isNull();
        assertThat(both.byLevel()).extracting(GroupFigures::key, GroupFigures::target, GroupFigures::achieved)
                .containsExactly(tuple("DISTRICT", null, 20L));
        assertThat(both.byTargetGroup()).extracting(GroupFigures::target, GroupFigures::achieved)
                .containsExactly(tuple(40L, 20L));
    }
}
