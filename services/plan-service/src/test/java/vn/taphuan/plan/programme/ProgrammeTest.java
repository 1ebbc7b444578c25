package vn.taphuan.plan.programme;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeTest {

    @Test
    void ntmDefinesThreeTopicGroupsOf6And9And4TopicsAndItsCourseRules() {
        Programme ntm = ProgrammeMother.ntm();

        assertThat(ntm.definition().topicGroups()).extracting(TopicGroup::topicCount).containsExactly(6, 9, 4);
        assertThat(ntm.rules()).isEqualTo(new ActivityRules(2, 1, 100));
        assertThat(ntm.isOutsideFramework("Nhóm nghiệp vụ, kỹ năng xây dựng NTM")).isFalse();
        assertThat(ntm.isOutsideFramework("Chuyên đề tự chọn")).isTrue();
        assertThat(ProgrammeMother.dttsMn().isOutsideFramework("anything")).as("no framework, no restriction").isFalse();
    }

    @Test
    void aPlanMayTightenItsProgrammesRulesButNeverLoosenThem() {
        ActivityRules ntm = ProgrammeMother.ntm().rules();

        assertThat(ntm.tightenedBy(new ActivityRules(3, null, 80))).isEqualTo(new ActivityRules(3, 1, 100));
        assertThat(ntm.tightenedBy(null)).isEqualTo(ntm);
        assertThat(ntm.loosenedBy(new ActivityRules(1, 0, 80), "rules.")).extracting(FieldViolation::field)
                .containsExactly("rules.minDurationDays", "rules.minFieldSessions", "rules.minAttendancePercent");
        assertThat(ntm.loosenedBy(new ActivityRules(2, 1, 100), "rules.")).isEmpty();
    }

    @Test
    void aDefinitionThatBreaksTheRulesIsRefusedNamingEveryField() {
        ProgrammeDefinition good = ProgrammeMother.ntmDefinition();
        ProgrammeDefinition bad = new ProgrammeDefinition(" ", null, good.legalBases(), LocalDate.of(2025, 12, 31),
                LocalDate.of(2021, 1, 1), null, good.targetGroups(),
                List.of(new TopicGroup("Nhóm A", 0, List.of()), new TopicGroup("nhóm a", 1, List.of("x", "y"))),
                new ActivityRules(0, -1, 101), List.of(" "));

        assertThatThrownBy(() -> Programme.define("ntm", bad)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder("code",
                        "name", "deadline", "periodEnd", "rules.minDurationDays", "rules.minFieldSessions",
                        "rules.minAttendancePercent", "topicGroups[0].topicCount", "topicGroups[1].name",
                        "topicGroups[1].topics", "keywords[0]"));
    }

    @Test
    void aRevisionReplacesTheDefinitionOnlyIfItIsValid() {
        Programme ntm = ProgrammeMother.ntm();
        ProgrammeDefinition d = ProgrammeMother.ntmDefinition();
        ProgrammeDefinition extended = new ProgrammeDefinition(d.name(), d.shortName(), d.legalBases(), d.periodStart(),
                LocalDate.of(2030, 12, 31), LocalDate.of(2030, 12, 31), d.targetGroups(), d.topicGroups(), d.rules(),
                d.keywords());

        ntm.revise(extended);
        assertThat(ntm.deadline()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(ntm.covers(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isTrue();

        ProgrammeDefinition broken = new ProgrammeDefinition(d.name(), d.shortName(), d.legalBases(), d.periodStart(),
                d.periodEnd(), d.deadline(), d.targetGroups(), d.topicGroups(), null, d.keywords());
        assertThatThrownBy(() -> ntm.revise(broken)).isInstanceOf(InvalidInput.class);
        assertThat(ntm.deadline()).isEqualTo(LocalDate.of(2030, 12, 31));
    }
}
