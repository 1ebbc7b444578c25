package vn.taphuan.reporting.progress;

import org.junit.jupiter.api.Test;
import vn.taphuan.reporting.progress.Figures.GroupFigures;
import vn.taphuan.reporting.progress.Figures.MonthFigures;
import vn.taphuan.reporting.progress.Figures.SourceFigures;
import vn.taphuan.reporting.progress.PlanFacts.Release;
import vn.taphuan.reporting.progress.PlanFigures.LineFigures;
import vn.taphuan.reporting.progress.PlanFigures.PlanState;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.reporting.progress.ActivityKind.STUDY_TOUR;
import static vn.taphuan.reporting.progress.ActivityKind.TRAINING_CLASS;
import static vn.taphuan.reporting.progress.ActivityKind.WORKSHOP;
import static vn.taphuan.reporting.progress.FundingSource.CENTRAL;
import static vn.taphuan.reporting.progress.FundingSource.PROVINCE;
import static vn.taphuan.reporting.progress.Gender.FEMALE;
import static vn.taphuan.reporting.progress.Gender.MALE;
import static vn.taphuan.reporting.progress.PlanFactsMother.aPlan;
import static vn.taphuan.reporting.progress.PlanFactsMother.bacGiangLines;
import static vn.taphuan.reporting.progress.PlanFactsMother.line;
import static vn.taphuan.reporting.progress.PlanFactsMother.withCoverage;
import static vn.taphuan.reporting.progress.PlanFactsMother.withShares;
import static vn.taphuan.reporting.progress.TargetGroup.CADRE;
import static vn.taphuan.reporting.progress.TargetGroup.COMMUNITY;

class PlanLedgerTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A community line: 4 classes for 100 person-turns, at least 50 % women and 60 % ethnic minority. */
    static PlanFactsMother.Builder communityLine() {
        return aPlan().version(1, withShares(line("cd", TRAINING_CLASS, COMMUNITY, 4, 100), 50, 60))
                .held("a1", "cd", TRAINING_CLASS, d("2023-04-10"))
                .closedActivity("a2", "cd", TRAINING_CLASS, d("2023-05-03"))
                .scheduled("a3", "cd", TRAINING_CLASS, d("2023-10-01"))
                .cancelled("a4", "cd", TRAINING_CLASS)
                .completed("p1", "cd", "a1", FEMALE, true, d("2023-04-10"))
                .completed("p2", "cd", "a1", MALE, true, d("2023-04-10"))
                .withdrawn("p3", "cd", "a1")
                .completed("p1", "cd", "a2", FEMALE, true, d("2023-05-03"))
                .enrolled("p4", "cd", "a2")
                .enrolled("p5", "cd", "a3")
                .enrolled("p6", "cd", "a3");
    }

    @Test
    void aPersonTurnIsACompletedEnrolmentAndOnePersonInTwoClassesCountsTwiceButIsOnePerson() {
        Figures f = PlanLedger.figures(communityLine().build()).lines().get(0).figures();

        assertThat(f.personTurns().target()).isEqualTo(100);
        assertThat(f.personTurns().achieved()).isEqualTo(3);
        assertThat(f.personTurns().percent()).isEqualByComparingTo("3.0");
        assertThat(f.persons().unique()).isEqualTo(2);
        assertThat(f.personTurns().women().count()).isEqualTo(2);
        assertThat(f.personTurns().women().share()).isEqualByComparingTo("66.7");
        assertThat(f.personTurns().women().minShare()).isEqualTo(50);
        assertThat(f.personTurns().women().meetsMinimum()).isTrue();
        assertThat(f.personTurns().ethnicMinority().count()).isEqualTo(3);
        assertThat(f.personTurns().ethnicMinority().share()).isEqualByComparingTo("100.0");
        assertThat(f.personTurns().byGender()).extracting(GroupFigures::key, GroupFigures::achieved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FEMALE", 2L), org.assertj.core.groups.Tuple.tuple("MALE", 1L));
        assertThat(f.personTurns().byTargetGroup()).singleElement()
                .satisfies(g -> {
                    assertThat(g.key()).isEqualTo("COMMUNITY");
                    assertThat(g.target()).isEqualTo(100);
                    assertThat(g.achieved()).isEqualTo(3);
                    assertThat(g.share()).isEqualByComparingTo("100.0");
                });
    }

    @Test
    void activitiesHeldCountHeldAndClosedNeverCancelledAndThePipelineIsWhatIsScheduled() {
        Figures f = PlanLedger.figures(communityLine().build()).lines().get(0).figures();

        assertThat(f.activities().planned()).isEqualTo(4);
        assertThat(f.activities().held()).isEqualTo(2);
        assertThat(f.activities().percent()).isEqualByComparingTo("50.0");
        assertThat(f.activities().scheduled()).isEqualTo(1);
        assertThat(f.activities().cancelled()).isEqualTo(1);
        // p5 and p6 are enrolled in the scheduled class; p4 was in a closed class and did not complete
        assertThat(f.pipeline().scheduledActivities()).isEqualTo(1);
        assertThat(f.pipeline().enrolledInScheduled()).isEqualTo(2);
        assertThat(f.pipeline().awaitingCompletion()).isZero();
    }

    @Test
    void participantsOfAHeldClassNotYetClosedAwaitCompletion() {
        Figures f = PlanLedger.figures(aPlan().version(1, line("cd", TRAINING_CLASS, COMMUNITY, 1, 10))
                .held("a1", "cd", TRAINING_CLASS, d("2023-04-10")).enrolled("p1", "cd", "a1").build()).totals();

        assertThat(f.pipeline().awaitingCompletion()).isEqualTo(1);
        assertThat(f.pipeline().personTurns()).isEqualTo(1);
    }

    @Test
    void anActivityEndingAfterTheDeadlineIsNotInThePipeline() {
        Figures f = PlanLedger.figures(aPlan().version(1, line("cd", TRAINING_CLASS, COMMUNITY, 1, 10))
                .scheduled("late", "cd", TRAINING_CLASS, d("2026-02-01")).enrolled("p1", "cd", "late").build()).totals();

        assertThat(f.activities().scheduled()).isZero();
        assertThat(f.pipeline().enrolledInScheduled()).isZero();
    }

    @Test
    void theMonthlySeriesHasEveryMonthWithRunningTotals() {
        Figures f = PlanLedger.figures(communityLine().spent("cd", CENTRAL, 1_000_000, d("2023-07-15")).build()).totals();

        assertThat(f.monthly()).extracting(MonthFigures::month)
                .containsExactly("2023-04", "2023-05", "2023-06", "2023-07");
        MonthFigures april = f.monthly().get(0);
        assertThat(april.activitiesHeld()).isEqualTo(1);
        assertThat(april.personTurns()).isEqualTo(2);
        assertThat(april.women()).isEqualTo(1);
        assertThat(april.ethnicMinority()).isEqualTo(2);
        assertThat(april.newUniquePersons()).isEqualTo(2);
        MonthFigures may = f.monthly().get(1);
        assertThat(may.personTurns()).isEqualTo(1);
        assertThat(may.newUniquePersons()).isZero();
        assertThat(may.cumulativePersonTurns()).isEqualTo(3);
        assertThat(may.cumulativeActivitiesHeld()).isEqualTo(2);
        assertThat(may.cumulativeUniquePersons()).isEqualTo(2);
        MonthFigures july = f.monthly().get(3);
        assertThat(july.spentVnd()).isEqualTo(1_000_000);
        assertThat(july.cumulativePersonTurns()).isEqualTo(3);
        assertThat(f.monthly().get(2).personTurns()).isZero();
    }

    @Test
    void anAmendmentReplacesTheTargetsAndWhatWasAchievedUnderARemovedLineStays() {
        PlanFigures figures = PlanLedger.figures(aPlan()
                .version(1, line("l1", TRAINING_CLASS, COMMUNITY, 10, 100), line("l2", TRAINING_CLASS, COMMUNITY, 5, 50))
                .version(2, line("l1", TRAINING_CLASS, COMMUNITY, 12, 120), line("l3", WORKSHOP, CADRE, 3, 0))
                .completed("p1", "l1", "a1", MALE, false, d("2023-04-01"))
                .completed("p2", "l2", "a2", MALE, false, d("2023-04-02"))
                .completed("p3", "l2", "a2", FEMALE, false, d("2023-04-02"))
                .build());

        assertThat(figures.plan().currentVersion()).isEqualTo(2);
        assertThat(figures.plan().versions()).extracting(PlanFigures.VersionInfo::plannedPersonTurns)
                .containsExactly(150L, 120L);
        assertThat(figures.plan().versions().get(1).amendmentReason()).isEqualTo("Điều chỉnh số lớp");
        assertThat(figures.lines()).extracting(LineFigures::lineId).containsExactly("l1", "l3", "l2");
        LineFigures removed = figures.lines().get(2);
        assertThat(removed.inCurrentVersion()).isFalse();
        assertThat(removed.description()).isEqualTo("dòng l2");
        assertThat(removed.figures().personTurns().target()).isZero();
        assertThat(removed.figures().personTurns().achieved()).isEqualTo(2);
        assertThat(figures.totals().personTurns().target()).isEqualTo(120);
        assertThat(figures.totals().personTurns().achieved()).isEqualTo(3);
        assertThat(figures.totals().activities().planned()).isEqualTo(15);
    }

    @Test
    void coverageCountsEachPersonOnceAgainstTheRoster() {
        PlanFigures figures = PlanLedger.figures(aPlan()
                .version(1, withCoverage(line("ntm", TRAINING_CLASS, CADRE, 2, 60), 40, 100))
                .held("a1", "ntm", TRAINING_CLASS, d("2023-04-10"))
                .scheduled("a2", "ntm", TRAINING_CLASS, d("2023-11-01"))
                .cadreCompleted("c1", "ntm", "a1", Level.COMMUNE, d("2023-04-10"))
                .cadreCompleted("c2", "ntm", "a1", Level.COMMUNE, d("2023-04-10"))
                .cadreCompleted("c3", "ntm", "a1", Level.DISTRICT, d("2023-04-10"))
                .cadreCompleted("c1", "ntm", "a9", Level.COMMUNE, d("2023-06-10"))
                .enrolled("c1", "ntm", "a2")
                .enrolled("c7", "ntm", "a2")
                .build());

        Figures.CoverageFigures coverage = figures.lines().get(0).figures().persons().coverage();
        assertThat(coverage.rosterSize()).isEqualTo(40);
        assertThat(coverage.requiredPersons()).isEqualTo(40);
        assertThat(coverage.covered()).isEqualTo(3);
        assertThat(coverage.percentOfRoster()).isEqualByComparingTo("7.5");
        // c7 is new; c1 is already covered
        assertThat(coverage.pipelinePersons()).isEqualTo(1);
        assertThat(coverage.byDate()).isEqualTo(PlanFactsMother.DEADLINE);
        assertThat(coverage.requiredReachedOn()).isNull();
        assertThat(figures.totals().persons().coverage().covered()).isEqualTo(3);
        // a cadre line targets the level it names
        assertThat(figures.totals().personTurns().byLevel()).extracting(GroupFigures::key, GroupFigures::target,
                        GroupFigures::achieved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DISTRICT", null, 1L),
                        org.assertj.core.groups.Tuple.tuple("COMMUNE", 60L, 3L));
    }

    @Test
    void theDayATargetWasReachedIsTheDayOfTheCountThatReachedIt() {
        PlanFigures figures = PlanLedger.figures(aPlan()
                .version(1, withCoverage(line("l", TRAINING_CLASS, CADRE, 2, 3), 2, 100))
                .held("a1", "l", TRAINING_CLASS, d("2023-04-10"))
                .held("a2", "l", TRAINING_CLASS, d("2023-05-03"))
                .cadreCompleted("c1", "l", "a1", Level.COMMUNE, d("2023-04-10"))
                .cadreCompleted("c1", "l", "a2", Level.COMMUNE, d("2023-04-12"))
                .cadreCompleted("c2", "l", "a2", Level.COMMUNE, d("2023-05-20"))
                .cadreCompleted("c3", "l", "a2", Level.COMMUNE, d("2023-05-01"))
                .build());

        Figures line = figures.lines().get(0).figures();
        assertThat(line.personTurns().targetReachedOn()).isEqualTo(d("2023-05-01"));
        assertThat(line.activities().targetReachedOn()).isEqualTo(d("2023-05-03"));
        assertThat(line.persons().coverage().requiredReachedOn()).isEqualTo(d("2023-05-01"));
        assertThat(figures.totals().personTurns().targetReachedOn()).isEqualTo(d("2023-05-01"));
    }

    @Test
    void moneyByFundingSourceWithTheCommitmentInForceAndCostPerPersonTurn() {
        PlanFigures figures = PlanLedger.figures(communityLine()
                .allocated("cd", CENTRAL, 1_000_000, d("2023-04-01"))
                .allocated("cd", PROVINCE, 500_000, d("2023-04-05"))
                // estimated at 300, re-estimated at 400, 100 released after settlement; a release older than the
                // latest estimate does not apply to it
                .commitment("c1", "cd", CENTRAL, 400_000, 7, "2023-05",
                        new Release(4, 50_000, "2023-05"), new Release(9, 100_000, "2023-07"))
                .commitment("c2", "cd", PROVINCE, 0, 0, null, new Release(12, 70_000, "2023-08"))
                .spent("cd", CENTRAL, 250_000, d("2023-06-02"))
                .spent("cd", PROVINCE, 50_000, d("2023-06-03"))
                .settled("cd", Map.of(CENTRAL, 250_000L), d("2023-07-01"))
                .build());

        Figures.BudgetFigures budget = figures.totals().budget();
        assertThat(budget.envelopeVnd()).isEqualTo(PlanFactsMother.BAC_GIANG_BUDGET);
        assertThat(budget.allocatedVnd()).isEqualTo(1_500_000);
        assertThat(budget.committedVnd()).isEqualTo(300_000);
        assertThat(budget.spentVnd()).isEqualTo(300_000);
        assertThat(budget.settledVnd()).isEqualTo(250_000);
        assertThat(budget.spentPercentOfAllocated()).isEqualByComparingTo("20.0");
        // 300,000 spent for 3 person-turns
        assertThat(budget.costPerPersonTurnVnd()).isEqualTo(100_000);
        assertThat(budget.bySource()).extracting(SourceFigures::source, SourceFigures::envelopeVnd,
                        SourceFigures::allocatedVnd, SourceFigures::committedVnd, SourceFigures::spentVnd,
                        SourceFigures::settledVnd)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CENTRAL, PlanFactsMother.BAC_GIANG_BUDGET, 1_000_000L, 300_000L, 250_000L, 250_000L),
                        org.assertj.core.groups.Tuple.tuple(PROVINCE, null, 500_000L, 0L, 50_000L, 0L));
        assertThat(figures.lines().get(0).figures().budget().envelopeVnd()).isNull();
        Map<String, Long> committedByMonth = new java.util.TreeMap<>();
        figures.totals().monthly().forEach(m -> committedByMonth.put(m.month(), m.committedVnd()));
        assertThat(committedByMonth).containsEntry("2023-05", 400_000L).containsEntry("2023-07", -100_000L);
    }

    @Test
    void theBacGiangPlanAddsUpItsFourLines() {
        PlanFigures figures = PlanLedger.figures(aPlan().version(1, bacGiangLines())
                .held("w1", "hoi-thao", WORKSHOP, d("2023-05-10"))
                .held("t1", "hoc-tap", STUDY_TOUR, d("2023-06-10"))
                .build());

        assertThat(figures.totals().activities().planned()).isEqualTo(124);
        assertThat(figures.totals().activities().held()).isEqualTo(2);
        assertThat(figures.totals().activities().byKind()).extracting(Figures.KindFigures::kind,
                        Figures.KindFigures::planned, Figures.KindFigures::held)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TRAINING_CLASS, 112L, 0L),
                        org.assertj.core.groups.Tuple.tuple(WORKSHOP, 8L, 1L),
                        org.assertj.core.groups.Tuple.tuple(STUDY_TOUR, 4L, 1L));
        assertThat(figures.totals().personTurns().target()).isEqualTo(8500);
        assertThat(figures.totals().personTurns().byTargetGroup()).extracting(GroupFigures::key, GroupFigures::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("COMMUNITY", 7500L),
                        org.assertj.core.groups.Tuple.tuple("CADRE", 1000L));
        assertThat(figures.plan().state()).isEqualTo(PlanState.IN_FORCE);
    }

    @Test
    void theSameFactsInAnyOrderGiveTheSameFigures() {
        PlanFigures inOrder = PlanLedger.figures(moneyAndPeople().build());
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(PlanLedger.figures(moneyAndPeople().shuffled(seed))).isEqualTo(inOrder);
        }
    }

    @Test
    void factsOfAPlanWhoseApprovalHasNotArrivedAreCountedWithoutTargets() {
        PlanFigures figures = PlanLedger.figures(aPlan().completed("p1", "cd", "a1", FEMALE, true, d("2023-04-10"))
                .build());

        assertThat(figures.known()).isFalse();
        assertThat(figures.lines()).singleElement().satisfies(l -> {
            assertThat(l.inCurrentVersion()).isFalse();
            assertThat(l.figures().personTurns().achieved()).isEqualTo(1);
        });
    }

    @Test
    void aClosedPlanSaysSo() {
        PlanFigures figures = PlanLedger.figures(aPlan().version(1, bacGiangLines()).closed(d("2023-12-31")).build());
        assertThat(figures.plan().state()).isEqualTo(PlanState.CLOSED);
        assertThat(figures.plan().closedOn()).isEqualTo(d("2023-12-31"));
    }

    private static PlanFactsMother.Builder moneyAndPeople() {
        return communityLine().version(2, withShares(line("cd", TRAINING_CLASS, COMMUNITY, 5, 120), 50, 60))
                .allocated("cd", CENTRAL, 1_000_000, d("2023-04-01"))
                .commitment("c1", "cd", CENTRAL, 400_000, 7, "2023-05", new Release(9, 100_000, "2023-07"))
                .spent("cd", CENTRAL, 250_000, d("2023-06-02"))
                .settled("cd", Map.of(CENTRAL, 200_000L, PROVINCE, 50_000L), d("2023-07-01"));
    }
}
