package vn.taphuan.plan.plan;

import org.junit.jupiter.api.Test;
import vn.taphuan.contracts.Limits;
import vn.taphuan.kit.refusal.Money;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.plan.ValueRefusal;
import vn.taphuan.plan.programme.ActivityKind;
import vn.taphuan.plan.programme.ActivityRules;
import vn.taphuan.plan.programme.Programme;
import vn.taphuan.plan.programme.ProgrammeMother;
import vn.taphuan.plan.programme.ProgrammeRefusal.ProgrammeNotInCatalogue;
import vn.taphuan.plan.programme.TargetGroup;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.taphuan.plan.plan.PlanMother.BAC_GIANG;
import static vn.taphuan.plan.plan.PlanMother.PROGRAMMES;
import static vn.taphuan.plan.plan.PlanMother.aPlan;
import static vn.taphuan.plan.plan.PlanMother.line;

class PlanTest {

    private static final Programme DTTS = PROGRAMMES.get("MTQG_DTTS_MN_2021_2025");
    private static final LocalDate APPROVED_ON = LocalDate.of(2023, 3, 20);

    @Test
    void aDraftIsApprovedOnlyAfterSubmissionAndApprovalAnnouncesVersion1WithTheProgrammesRules() {
        Plan plan = PlanMother.draftBacGiang();
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));

        assertThatThrownBy(() -> plan.approve(APPROVED_ON, DTTS, 0, "officer"))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.kind()).isEqualTo(Refused.Kind.CONFLICT);
                    assertThat(e.problem()).isEqualTo("plan-status");
                    assertThat(e.reason()).isEqualTo(new PlanRefusal.StatusForbids(PlanRefusal.Action.APPROVE,
                            PlanStatus.DRAFT));
                });

        assertThat(plan.submit(BAC_GIANG)).isEmpty();
        List<PlanEvent> events = plan.approve(APPROVED_ON, DTTS, 0, "officer@bac-giang");

        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(events).singleElement().isInstanceOfSatisfying(PlanEvent.Approved.class, approved -> {
            assertThat(approved.version().number()).isEqualTo(1);
            assertThat(approved.version().content().targetLines()).hasSize(4);
            assertThat(approved.version().rules()).isEqualTo(new ActivityRules(null, null, 80));
            assertThat(approved.version().deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(approved.version().recordedBy()).isEqualTo("officer@bac-giang");
        });
    }

    @Test
    void aDraftMayBeIncompleteButSubmissionNamesEverythingThatIsMissing() {
        PlanContent incomplete = aPlan().period(null, null).budget(null, List.of())
                .lines(List.of(line(null, ActivityKind.WORKSHOP, null, 0, 0),
                        new TargetLine(null, ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, null, null, null, 0, 0,
                                new CoverageTarget(null, 100, null, "cán bộ chuyên trách"), null, null, null, null)))
                .build();
        Plan plan = Plan.draft("pl-2", "bac-giang", incomplete, BAC_GIANG, "import-1");

        assertThat(plan.content().targetLines()).extracting(TargetLine::lineId).containsExactly("L1", "L2");
        assertThat(plan.importId()).isEqualTo("import-1");
        assertThatThrownBy(() -> plan.submit(BAC_GIANG)).isInstanceOfSatisfying(Refused.class, e -> {
            assertThat(e.kind()).isEqualTo(Refused.Kind.RULE);
            assertThat(e.reason()).isEqualTo(new PlanRefusal.PlanIncomplete());
            assertThat(fields(e)).containsExactlyInAnyOrder("periodStart", "periodEnd", "targetLines[0].targetGroup",
                    "targetLines[0].plannedActivities", "targetLines[1].coverage.rosterSize",
                    "targetLines[1].coverage.byDate", "budgetTotalVnd");
        });
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void everyBadFieldOfADraftIsNamedAtOnce() {
        PlanContent bad = aPlan().period(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 1, 1))
                .scope(List.of(new ScopeUnit("X-NO-SUCH", null, -1), new ScopeUnit("P-38", null, null)))
                .line(1, l -> new TargetLine("community-classes", l.activityKind(), TargetGroup.COMMUNITY,
                        vn.taphuan.plan.programme.CadreLevel.COMMUNE, null, null, -1, 100,
                        new CoverageTarget(0, 120, LocalDate.of(2026, 12, 31), null), 101, null, null,
                        List.of("X-BAC-NINH-TUAN-DAO")))
                .budget(6_889_000_000L, List.of(new FundingAmount(FundingSource.CENTRAL, 6_000_000_000L)))
                .build();

        assertThatThrownBy(() -> Plan.draft("pl-3", "bac-giang", bad, BAC_GIANG, null))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(fields(e)).containsExactlyInAnyOrder(
                        "periodEnd", "scope[0].unitCode", "scope[0].villageCount", "scope[1].unitCode",
                        "targetLines[1].lineId", "targetLines[1].plannedActivities", "targetLines[1].cadreLevel",
                        "targetLines[1].minEthnicMinorityPercent", "targetLines[1].coverage.percent",
                        "targetLines[1].coverage.rosterSize", "targetLines[1].coverage.byDate",
                        "targetLines[1].unitCodes[0]", "budgetBySource"));
    }

    @Test
    void numbersBeyondWhatAPlanCanHoldAreRefusedAndThoseAtTheBoundsAccepted() {
        PlanContent huge = aPlan()
                .scope(List.of(new ScopeUnit("H-SON-DONG", 10_001, 100_001)))
                .line(0, l -> new TargetLine(l.lineId(), l.activityKind(), l.targetGroup(), null, null, null,
                        Integer.MAX_VALUE, Limits.MAX_PERSON_TURNS_PER_LINE + 1,
                        new CoverageTarget(Limits.MAX_ROSTER_SIZE + 1, 100, null, null), null, null, null, null))
                .budget(Long.MAX_VALUE, List.of(new FundingAmount(FundingSource.CENTRAL, Long.MAX_VALUE)))
                .build();

        assertThatThrownBy(() -> Plan.draft("pl-big", "bac-giang", huge, BAC_GIANG, null))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(fields(e)).containsExactlyInAnyOrder("scope[0].communeCount", "scope[0].villageCount",
                            "targetLines[0].plannedActivities", "targetLines[0].plannedPersonTurns",
                            "targetLines[0].coverage.rosterSize", "budgetTotalVnd", "budgetBySource[0].amountVnd");
                    assertThat(e.violations()).filteredOn(v -> v.field().equals("budgetTotalVnd")).singleElement()
                            .extracting(Violation::reason)
                            .isEqualTo(new PlanRefusal.MoreMoneyThanAllowed(Money.of(100_000_000_000_000L)));
                });

        // two sources that each fit in a long but not together: named, never an overflow
        PlanContent twoHalves = aPlan().budget(Long.MAX_VALUE, List.of(
                new FundingAmount(FundingSource.CENTRAL, Long.MAX_VALUE / 2 + 1),
                new FundingAmount(FundingSource.PROVINCE, Long.MAX_VALUE / 2 + 1))).build();
        assertThatThrownBy(() -> Plan.draft("pl-halves", "bac-giang", twoHalves, BAC_GIANG, null))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(fields(e)).containsExactlyInAnyOrder(
                        "budgetTotalVnd", "budgetBySource[0].amountVnd", "budgetBySource[1].amountVnd", "budgetBySource"));

        List<TargetLine> manyLines = new java.util.ArrayList<>();
        for (int i = 0; i <= Limits.MAX_LINES_PER_PLAN; i++) {
            manyLines.add(line("L" + i, ActivityKind.WORKSHOP, TargetGroup.CADRE, 1, 0));
        }
        assertThatThrownBy(() -> Plan.draft("pl-lines", "bac-giang", aPlan().lines(manyLines).build(), BAC_GIANG, null))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(fields(e)).containsExactly("targetLines"));

        List<TargetLine> atTheBounds = new java.util.ArrayList<>();
        for (int i = 0; i < Limits.MAX_LINES_PER_PLAN; i++) {
            atTheBounds.add(line("L" + i, ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY,
                    Limits.MAX_ACTIVITIES_PER_LINE, Limits.MAX_PERSON_TURNS_PER_LINE));
        }
        Plan largest = Plan.draft("pl-largest", "bac-giang", aPlan().lines(atTheBounds)
                .scope(List.of(new ScopeUnit("H-SON-DONG", 10_000, 100_000)))
                .budget(Limits.MAX_VND, List.of(new FundingAmount(FundingSource.CENTRAL, Limits.MAX_VND))).build(),
                BAC_GIANG, null);
        assertThat(largest.content().targetLines()).hasSize(Limits.MAX_LINES_PER_PLAN);
    }

    @Test
    void aProvinceCannotApproveMorePlansThanTheNationwideSumsAllow() {
        Plan plan = PlanMother.draftBacGiang();
        plan.submit(BAC_GIANG);

        assertThatThrownBy(() -> plan.approve(APPROVED_ON, DTTS, Limits.MAX_APPROVED_PLANS_PER_PROVINCE, "officer"))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.problem()).isEqualTo("too-many-plans");
                    assertThat(e.reason()).isEqualTo(new PlanRefusal.TooManyPlans(500, 500));
                });
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.approve(APPROVED_ON, DTTS, Limits.MAX_APPROVED_PLANS_PER_PROVINCE - 1, "officer")).hasSize(1);
    }

    @Test
    void unitsMustHaveExistedDuringThePlanPeriodAndTopicsAndRulesFollowTheProgramme() {
        PlanContent ntm2023 = aPlan().programme("MTQG_NTM_2021_2025")
                .scope(List.of(new ScopeUnit("X-LUC-NGAN-TT-BIEN-DONG", null, null)))
                .line(0, l -> new TargetLine(l.lineId(), l.activityKind(), l.targetGroup(), null, null, null, 10, 100,
                        null, null, null, List.of("Nhóm nghiệp vụ, kỹ năng xây dựng NTM", "Chuyên đề lạ"), null))
                .rules(new ActivityRules(1, 1, 100)).build();

        assertThatThrownBy(() -> Plan.draft("pl-4", "bac-giang", ntm2023, BAC_GIANG, null))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(fields(e)).containsExactlyInAnyOrder(
                        "scope[0].unitCode", "targetLines[0].topics[1]", "rules.minDurationDays"));
    }

    @Test
    void aPlanOutsideTheProgrammePeriodOrOfAnUnknownProgrammeIsRefused() {
        // in 2026 the programme has ended, and so have the districts the plan names (abolished on 1 July 2025)
        assertThatThrownBy(() -> Plan.draft("pl-5", "bac-giang",
                aPlan().period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).build(), BAC_GIANG, null))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(fields(e))
                        .containsExactly("periodStart", "scope[0].unitCode", "scope[1].unitCode"));
        assertThatThrownBy(() -> Plan.draft("pl-6", "bac-giang", aPlan().programme("NO_SUCH").build(), BAC_GIANG, null))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations()).containsExactly(
                        Violation.of("programmeCode", new ProgrammeNotInCatalogue("NO_SUCH"))));
    }

    @Test
    void approvalNeedsTheDocumentAndADateNotBeforeIt() {
        Plan undocumented = Plan.draft("pl-7", "bac-giang", aPlan().document(null, null).build(), BAC_GIANG, null);
        undocumented.submit(BAC_GIANG);
        assertThatThrownBy(() -> undocumented.approve(APPROVED_ON, DTTS, 0, "officer"))
                .isInstanceOfSatisfying(Refused.class,
                        e -> assertThat(fields(e)).containsExactly("documentNumber", "documentDate"));

        Plan plan = PlanMother.draftBacGiang();
        plan.submit(BAC_GIANG);
        assertThatThrownBy(() -> plan.approve(LocalDate.of(2023, 3, 1), DTTS, 0, "officer"))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(fields(e)).containsExactly("approvedOn"));
    }

    @Test
    void aSubmittedPlanCanBeReturnedToDraftWithTheReason() {
        Plan plan = PlanMother.draftBacGiang();
        plan.submit(BAC_GIANG);

        plan.reject("Thiếu chỉ tiêu cho huyện Yên Thế");

        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.lastRejection()).isEqualTo("Thiếu chỉ tiêu cho huyện Yên Thế");
        plan.revise(aPlan().addLine(line(null, ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY, 5, 300)).build(), BAC_GIANG);
        assertThat(plan.content().targetLines()).extracting(TargetLine::lineId).endsWith("L1");
        plan.submit(BAC_GIANG);
        assertThat(plan.lastRejection()).isNull();
    }

    @Test
    void anAmendmentIsANewVersionThatKeepsEveryLineAndEveryEarlierVersion() {
        Plan plan = PlanMother.approvedBacGiang();
        plan.start(LocalDate.of(2023, 4, 2));
        PlanContent amended = aPlan()
                .line(0, l -> new TargetLine(l.lineId(), l.activityKind(), l.targetGroup(), null, null, l.description(),
                        110, 8_000, null, 50, 30, null, null))
                .addLine(line(null, ActivityKind.E_LEARNING_COHORT, TargetGroup.CADRE, 2, 200)).build();

        List<PlanEvent> events = plan.amend(amended, "Tăng số lớp cộng đồng theo nhu cầu thực tế",
                LocalDate.of(2023, 8, 1), "120/KH-UBND", BAC_GIANG, DTTS, "officer@bac-giang");

        assertThat(plan.status()).isEqualTo(PlanStatus.IN_PROGRESS);
        assertThat(events).singleElement().isInstanceOfSatisfying(PlanEvent.Amended.class, e -> {
            assertThat(e.version().number()).isEqualTo(2);
            assertThat(e.version().reason()).isEqualTo("Tăng số lớp cộng đồng theo nhu cầu thực tế");
            assertThat(e.version().amendmentDocumentNumber()).isEqualTo("120/KH-UBND");
            assertThat(e.version().content().targetLines()).extracting(TargetLine::lineId)
                    .containsExactly("community-classes", "cadre-classes", "workshops", "study-tours", "L1");
        });
        assertThat(plan.version(1).orElseThrow().content().targetLines().get(0).plannedActivities()).isEqualTo(102);
        assertThat(plan.version(2).orElseThrow().content().targetLines().get(0).plannedActivities()).isEqualTo(110);
        assertThat(plan.currentVersion()).map(PlanVersion::number).contains(2);
    }

    @Test
    void anAmendmentMayNotDropALineNorChangeWhatItCountsNorGoBackInTime() {
        Plan plan = PlanMother.approvedBacGiang();
        PlanContent dropping = aPlan().lines(List.of(
                        line("community-classes", ActivityKind.WORKSHOP, TargetGroup.COMMUNITY, 102, 7_500),
                        line("cadre-classes", ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY, 10, 1_000),
                        line("workshops", ActivityKind.WORKSHOP, TargetGroup.CADRE, 8, 0)))
                .programme("MTQG_NTM_2021_2025").build();

        assertThatThrownBy(() -> plan.amend(dropping, " ", LocalDate.of(2023, 3, 1), null, BAC_GIANG, DTTS, "o"))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(fields(e)).containsExactlyInAnyOrder(
                        "programmeCode", "targetLines", "targetLines[0].activityKind", "targetLines[1].targetGroup",
                        "reason", "amendedOn"));
        assertThat(plan.versions()).hasSize(1);
    }

    @Test
    void anAmendmentThatChangesNothingIsRefusedAndNewLinesNeverReuseAnId() {
        Plan plan = PlanMother.approvedBacGiang();
        assertThatThrownBy(() -> plan.amend(aPlan().build(), "Không đổi", LocalDate.of(2023, 5, 1), null, BAC_GIANG,
                DTTS, "o")).isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.problem()).isEqualTo("amendment");
                    assertThat(e.violations()).containsExactly(Violation.of("content", new PlanRefusal.AmendmentUnchanged()));
                });

        plan.amend(aPlan().addLine(line(null, ActivityKind.WORKSHOP, TargetGroup.CADRE, 1, 0)).build(), "Thêm hội thảo",
                LocalDate.of(2023, 5, 1), null, BAC_GIANG, DTTS, "o");
        plan.amend(aPlan().addLine(line("L1", ActivityKind.WORKSHOP, TargetGroup.CADRE, 2, 0))
                        .addLine(line(null, ActivityKind.STUDY_TOUR, TargetGroup.CADRE, 1, 0)).build(),
                "Thêm đoàn", LocalDate.of(2023, 6, 1), null, BAC_GIANG, DTTS, "o");

        assertThat(plan.content().targetLines()).extracting(TargetLine::lineId).endsWith("L1", "L2");
    }

    @Test
    void wrongTransitionsAreConflictsAndClosingKeepsTheVersionInForce() {
        Plan plan = PlanMother.approvedBacGiang();
        assertThatThrownBy(() -> plan.revise(aPlan().build(), BAC_GIANG)).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.reason()).isEqualTo(new PlanRefusal.StatusForbids(PlanRefusal.Action.EDIT,
                        PlanStatus.APPROVED)));
        assertThatThrownBy(() -> plan.submit(BAC_GIANG)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> plan.close(LocalDate.of(2023, 3, 1), null))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.problem()).isEqualTo("closing-date");
                    assertThat(e.violations()).containsExactly(
                            Violation.of("closedOn", new PlanRefusal.ClosedBeforeApproval(APPROVED_ON)));
                });

        plan.start(LocalDate.of(2023, 3, 1));
        assertThat(plan.startedOn()).as("never before the approval").isEqualTo(APPROVED_ON);
        assertThatThrownBy(() -> plan.start(LocalDate.of(2023, 4, 1))).isInstanceOf(Refused.class);

        List<PlanEvent> events = plan.close(LocalDate.of(2024, 1, 15), "Hết năm kế hoạch");
        assertThat(events).containsExactly(new PlanEvent.Closed("pl-1", 1, LocalDate.of(2024, 1, 15), "Hết năm kế hoạch"));
        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
        assertThatThrownBy(() -> plan.amend(aPlan().build(), "x", LocalDate.of(2024, 2, 1), null, BAC_GIANG, DTTS, "o"))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> plan.close(LocalDate.of(2024, 2, 1), null)).isInstanceOf(Refused.class);
    }

    @Test
    void aPlanIsClosedOutOnlyFromItsPhasesDeadlineNeverAheadOfTodayAndOnceClosingItIfOpen() {
        Plan plan = PlanMother.approvedBacGiang();
        java.time.Instant at = java.time.Instant.parse("2026-01-15T02:30:00Z");
        LocalDate today = LocalDate.of(2026, 1, 15);
        assertThatThrownBy(() -> plan.closeOut(LocalDate.of(2025, 12, 30), today, at, null, DTTS))
                .as("before the deadline of 31/12/2025")
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.problem()).isEqualTo("close-out");
                    assertThat(e.violations()).containsExactly(Violation.of("closedOutOn",
                            new PlanRefusal.CloseOutBeforeDeadline(LocalDate.of(2025, 12, 31))));
                });
        assertThatThrownBy(() -> plan.closeOut(LocalDate.of(2026, 1, 16), today, at, null, DTTS))
                .as("ahead of today")
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations()).containsExactly(
                        Violation.of("closedOutOn", new PlanRefusal.CloseOutAfterToday(today))));

        List<PlanEvent> events = plan.closeOut(LocalDate.of(2025, 12, 31), today, at, "Tổng kết giai đoạn", DTTS);

        assertThat(events).containsExactly(
                new PlanEvent.Closed("pl-1", 1, LocalDate.of(2025, 12, 31), "Tổng kết giai đoạn"),
                new PlanEvent.ClosedOut("pl-1", 1, "2021-2025", LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31),
                        at, "Tổng kết giai đoạn"));
        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(plan.closedOutOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> plan.closeOut(today, today, at, null, DTTS))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.kind()).isEqualTo(Refused.Kind.CONFLICT);
                    assertThat(e.problem()).isEqualTo("plan-closed-out");
                    assertThat(e.reason()).isEqualTo(new PlanRefusal.ClosedOutBefore(LocalDate.of(2025, 12, 31)));
                });
        assertThatThrownBy(() -> PlanMother.draftBacGiang().closeOut(today, today, at, null, DTTS))
                .as("a draft has no figures to close out").isInstanceOfSatisfying(Refused.class,
                        e -> assertThat(e.reason()).isEqualTo(new PlanRefusal.StatusForbids(PlanRefusal.Action.CLOSE_OUT,
                                PlanStatus.DRAFT)));
    }

    @Test
    void aClosedPlanIsClosedOutWithoutBeingClosedAgain() {
        Plan plan = PlanMother.approvedBacGiang();
        plan.close(LocalDate.of(2024, 1, 15), "Hết năm kế hoạch");
        java.time.Instant at = java.time.Instant.parse("2026-02-01T00:00:00Z");

        List<PlanEvent> events = plan.closeOut(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), at, null, DTTS);

        assertThat(events).singleElement().isInstanceOf(PlanEvent.ClosedOut.class);
        assertThat(plan.closedOn()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(PlanContracts.of(events.get(0))).isEqualTo(new vn.taphuan.contracts.plan.v1.PlanClosedOut("pl-1", 1,
                "2021-2025", "2025-12-31", "2026-02-01", "2026-02-01T00:00:00Z", null));
    }

    @Test
    void theEventsCarryTheWholeVersionInContractTerms() {
        Plan plan = PlanMother.approvedBacGiang();
        vn.taphuan.contracts.plan.v1.PlanApproved approved = PlanContracts.approved("pl-1", plan.version(1).orElseThrow());

        assertThat(approved.planVersion()).isEqualTo(1);
        assertThat(approved.programmeRules().minAttendancePercent()).isEqualTo(80);
        assertThat(approved.budgetTotalVnd()).isEqualTo(6_889_000_000L);
        assertThat(approved.targetLines()).hasSize(4);
        assertThat(approved.targetLines().get(0).minEthnicMinorityPercent()).isEqualTo(50);
        assertThat(approved.targetLines().get(0).plannedPersonTurns()).isEqualTo(7_500);
        assertThat(approved.budgetBySource()).singleElement()
                .satisfies(a -> assertThat(a.source()).isEqualTo("CENTRAL"));
    }

    @Test
    void aQuotaPlansThePersonsItDerivesAndATotalByAYearLiesWithinThePeriod() {
        TargetLine quota = new TargetLine(null, ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, null, null,
                "4 cán bộ mỗi xã tại 124 xã", 0, 496, null, null, null, null, null, null,
                new QuotaTarget(4, "xã", 124), null, new SourceSpan(10, 36, "4 cán bộ mỗi xã tại 124 xã"));
        Plan plan = Plan.draft("pl-q", "bac-giang", aPlan().addLine(quota).build(), BAC_GIANG, null);
        assertThat(plan.content().targetLines().get(4).kind()).isEqualTo(TargetKind.QUOTA_PER_UNIT);
        assertThat(plan.content().signer()).isEqualTo("Nguyễn Văn A");

        PlanContent bad = aPlan()
                .addLine(new TargetLine(null, ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, null, null, null, 0, 500,
                        null, null, null, null, null, null, new QuotaTarget(4, "xã", 124), null, null))
                .addLine(new TargetLine(null, ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, null, null, null, 0, 0,
                        null, null, null, null, null, null, new QuotaTarget(0, " ", 124), null, null))
                .line(0, l -> new TargetLine(l.lineId(), l.activityKind(), l.targetGroup(), null, null, null,
                        l.plannedActivities(), l.plannedPersonTurns(), null, null, null, null, null, null, null, 2026, null))
                .sourcesWithoutAmount(List.of(FundingSource.SOCIAL, FundingSource.SOCIAL))
                .otherTargets(List.of(new OtherTarget("100% người dân được tuyên truyền", java.math.BigDecimal.valueOf(-1),
                        "%", null), new OtherTarget(" ", null, null, null)))
                .build();
        assertThatThrownBy(() -> Plan.draft("pl-q2", "bac-giang", bad, BAC_GIANG, null))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(fields(e)).containsExactlyInAnyOrder("targetLines[4].plannedPersonTurns",
                            "targetLines[5].quota.perUnit", "targetLines[5].quota.unitKind", "targetLines[0].cumulativeByYear",
                            "sourcesWithoutAmount[1]", "otherTargets[0].quantity",
                            "otherTargets[1].description");
                    assertThat(e.violations()).extracting(Violation::reason)
                            .contains(new PlanRefusal.QuotaNotThePersons(4, 124, 496));
                });
    }

    private static List<String> fields(Refused e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aPlanOf2026UnderTheMergedProgrammeIsMeasuredAgainstItsPhasesDeadlineOf2030() {
        Programme merged = PROGRAMMES.get(ProgrammeMother.MERGED);
        Plan plan = Plan.draft("pl-2026", "bac-giang", aPlan().programme(ProgrammeMother.MERGED)
                .period(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)).document("KH-2026", LocalDate.of(2026, 2, 10))
                .scope(List.of()).build(), BAC_GIANG, null);
        assertThat(plan.deadline()).isEqualTo(LocalDate.of(2030, 12, 31));

        plan.submit(BAC_GIANG);
        List<PlanEvent> events = plan.approve(LocalDate.of(2026, 2, 20), merged, 0, "officer@bac-giang");

        assertThat(events).singleElement().isInstanceOfSatisfying(PlanEvent.Approved.class,
                approved -> assertThat(approved.version().deadline()).isEqualTo(LocalDate.of(2030, 12, 31)));
        assertThatThrownBy(() -> Plan.draft("pl-2025", "bac-giang", aPlan().programme(ProgrammeMother.MERGED)
                .period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).build(), BAC_GIANG, null))
                .as("the merged programme starts in 2026").isInstanceOf(Refused.class);
    }

    @Test
    void aMultiYearPlanSetsItsTargetsYearByYearWithinItsPeriodAndTheyTravelInTheApprovalEvent() {
        Programme merged = PROGRAMMES.get(ProgrammeMother.MERGED);
        TargetLine community = new TargetLine("community-classes", ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY,
                null, null, "50 lớp cho 2.000 lượt người giai đoạn 2026 - 2030", 50, 2_000, null, null, null, null, null,
                List.of(new YearlyTarget(2026, 10, 400), new YearlyTarget(2027, 10, 400), new YearlyTarget(2028, 10, 400),
                        new YearlyTarget(2029, 10, 400), new YearlyTarget(2030, 10, 400)));
        Plan plan = Plan.draft("pl-2026", "bac-giang", aPlan().programme(ProgrammeMother.MERGED)
                .period(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)).document("KH-2026", LocalDate.of(2026, 2, 10))
                .scope(List.of()).lines(List.of(community)).build(), BAC_GIANG, null);
        plan.submit(BAC_GIANG);
        plan.approve(LocalDate.of(2026, 2, 20), merged, 0, "officer@bac-giang");

        vn.taphuan.contracts.plan.v1.PlanApproved approved = PlanContracts.approved("pl-2026", plan.version(1).orElseThrow());
        assertThat(approved.deadline()).isEqualTo("2030-12-31");
        assertThat(approved.targetLines().get(0).yearlyTargets()).hasSize(5)
                .first().isEqualTo(new vn.taphuan.contracts.plan.v1.YearlyTarget(2026, 10, 400));
        assertThat(PlanContracts.approved("pl-1", approvedBacGiangVersion()).targetLines().get(0).yearlyTargets())
                .as("a one-year plan sets none: the field is left out").isNull();
    }

    @Test
    void yearlyTargetsOutsideThePeriodTwiceOrBeyondTheLinesTotalsAreRefused() {
        TargetLine line = new TargetLine("community-classes", ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY,
                null, null, null, 20, 800, null, null, null, null, null,
                List.of(new YearlyTarget(2025, 1, 10), new YearlyTarget(2026, 10, 500), new YearlyTarget(2026, 12, 400),
                        new YearlyTarget(2027, -1, 0)));

        assertThatThrownBy(() -> Plan.draft("pl-x", "bac-giang", aPlan().programme(ProgrammeMother.MERGED)
                .period(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)).scope(List.of()).lines(List.of(line)).build(),
                BAC_GIANG, null)).isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations())
                .containsExactlyInAnyOrder(
                        Violation.of("targetLines[0].yearlyTargets[0].year", new PlanRefusal.YearOutsidePeriod(
                                Year.of(2025), Year.of(2026), Year.of(2030))),
                        Violation.of("targetLines[0].yearlyTargets[2].year", new PlanRefusal.DuplicateYear(Year.of(2026))),
                        Violation.of("targetLines[0].yearlyTargets[3].plannedActivities", new ValueRefusal.Negative()),
                        Violation.of("targetLines[0].yearlyTargets", new PlanRefusal.YearlyActivitiesOverLine(23, 20)),
                        Violation.of("targetLines[0].yearlyTargets", new PlanRefusal.YearlyPersonTurnsOverLine(910, 800))));
    }

    private static PlanVersion approvedBacGiangVersion() {
        return PlanMother.approvedBacGiang().version(1).orElseThrow();
    }
}
