package vn.taphuan.plan.programme;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;

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
        assertThat(ntm.loosenedBy(new ActivityRules(1, 0, 80), "rules.")).extracting(Violation::field)
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

        assertThatThrownBy(() -> Programme.define("ntm", bad)).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("code",
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
        assertThatThrownBy(() -> ntm.revise(broken)).isInstanceOf(Refused.class);
        assertThat(ntm.deadline()).isEqualTo(LocalDate.of(2030, 12, 31));
    }

    @Test
    void aPlanWithinAPhaseIsMeasuredAgainstThePhasesDeadlineOtherwiseAgainstTheProgrammes() {
        Programme merged = ProgrammeMother.merged();

        assertThat(merged.deadlineFor(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .as("a 2026 plan: the 2030 targets").isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(merged.deadlineFor(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)))
                .as("the whole phase").isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(merged.phaseOf(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31))).get()
                .extracting(ProgrammePhase::code).isEqualTo("2026-2030");
        assertThat(merged.deadlineFor(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31)))
                .as("no phase defined yet: the programme's deadline").isEqualTo(LocalDate.of(2035, 12, 31));
        assertThat(merged.deadlineFor(null, null)).as("a draft without a period").isEqualTo(LocalDate.of(2035, 12, 31));
        assertThat(ProgrammeMother.dttsMn().deadlineFor(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .as("a programme without phases").isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(merged.definition().owner()).isEqualTo("Bộ Nông nghiệp và Môi trường");
    }

    @Test
    void phasesLieWithinTheProgrammeDoNotOverlapAndASuccessorIsAnotherProgramme() {
        ProgrammeDefinition d = ProgrammeMother.mergedDefinition();
        ProgrammePhase first = d.phases().get(0);
        ProgrammeDefinition bad = new ProgrammeDefinition(d.name(), d.shortName(), d.legalBases(), d.periodStart(),
                d.periodEnd(), d.deadline(), d.targetGroups(), d.topicGroups(), d.rules(), d.keywords(), d.owner(),
                List.of(first,
                        new ProgrammePhase("2026-2030", null, LocalDate.of(2030, 1, 1), LocalDate.of(2036, 12, 31),
                                LocalDate.of(2029, 12, 31), List.of()),
                        new ProgrammePhase(" ", null, LocalDate.of(2031, 1, 1), null, null, List.of())),
                ProgrammeMother.MERGED, null);

        assertThatThrownBy(() -> Programme.define(ProgrammeMother.MERGED, bad)).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                        "phases[1].code", "phases[1].start", "phases[1].start", "phases[1].deadline",
                        "phases[2].code", "phases[2].end", "phases[2].deadline", "successorCode"));
    }

    @Test
    void theProgrammesOf2021To2025AreContinuedByTheMergedOne() {
        Programme dtts = ProgrammeMother.dttsMn();
        assertThat(dtts.successorCode()).isEmpty();

        dtts.revise(dtts.definition().withSuccessor(ProgrammeMother.MERGED));

        assertThat(dtts.successorCode()).contains(ProgrammeMother.MERGED);
        assertThat(dtts.deadline()).as("its own deadline stays").isEqualTo(LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> dtts.revise(dtts.definition().withSuccessor("not a code")))
                .isInstanceOf(Refused.class);
    }
}
