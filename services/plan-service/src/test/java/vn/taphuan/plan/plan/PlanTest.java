package vn.taphuan.plan.plan;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.problem.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanTest {

    @Test
    void aDraftIsApprovedOnlyAfterSubmissionAndApprovalCarriesTheWholePlan() {
        Plan plan = PlanMother.draftBacGiang();
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));

        assertThatThrownBy(() -> plan.approve(LocalDate.of(2023, 3, 20)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("DRAFT");

        assertThat(plan.submit()).containsExactly(new PlanEvent.Submitted("pl-1"));
        List<PlanEvent> events = plan.approve(LocalDate.of(2023, 3, 20));

        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.approvedVersion()).isEqualTo(1);
        assertThat(events).singleElement().isInstanceOfSatisfying(PlanEvent.Approved.class,
                approved -> assertThat(approved.plan().content().targetLines()).hasSize(4));
    }

    @Test
    void approvalBeforeTheDocumentDateIsRefused() {
        Plan plan = PlanMother.draftBacGiang();
        plan.submit();

        assertThatThrownBy(() -> plan.approve(LocalDate.of(2023, 3, 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(fields(e)).containsExactly("approvedOn"));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        PlanContent good = PlanMother.bacGiang2023();
        List<TargetLine> lines = new ArrayList<>(good.targetLines());
        lines.set(1, new TargetLine("community-classes", ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY,
                CadreLevel.COMMUNE, null, -1, 100));
        PlanContent bad = new PlanContent(good.programmeCode(), " ", null, null, null,
                LocalDate.of(2023, 12, 31), LocalDate.of(2023, 1, 1), 6_889_000_000L,
                List.of(new FundingAmount(FundingSource.CENTRAL, 6_000_000_000L)), lines);

        assertThatThrownBy(() -> Plan.draft("pl-2", "bac-giang", bad, PlanMother.DTTS_MN))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(fields(e)).containsExactlyInAnyOrder(
                        "title", "periodEnd", "targetLines[1].lineId", "targetLines[1].plannedActivities",
                        "targetLines[1].cadreLevel", "budgetBySource"));
    }

    @Test
    void aPlanOutsideTheProgrammePeriodIsRefused() {
        PlanContent good = PlanMother.bacGiang2023();
        PlanContent late = new PlanContent(good.programmeCode(), good.title(), null, null, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), good.budgetTotalVnd(), good.budgetBySource(),
                good.targetLines());

        assertThatThrownBy(() -> Plan.draft("pl-3", "bac-giang", late, PlanMother.DTTS_MN))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(fields(e)).containsExactly("periodStart"));
    }

    @Test
    void budgetSourcesMustAddUpExactlyEvenForLargeAmounts() {
        PlanContent good = PlanMother.bacGiang2023();
        PlanContent split = new PlanContent(good.programmeCode(), good.title(), null, null, null, good.periodStart(),
                good.periodEnd(), 6_889_000_000L,
                List.of(new FundingAmount(FundingSource.CENTRAL, 6_000_000_000L),
                        new FundingAmount(FundingSource.PROVINCE, 889_000_000L)), good.targetLines());

        assertThat(Plan.draft("pl-4", "bac-giang", split, PlanMother.DTTS_MN).content().budgetTotalVnd())
                .isEqualTo(6_889_000_000L);
    }

    private static List<String> fields(InvalidInput e) {
        return e.violations().stream().map(FieldViolation::field).toList();
    }
}
