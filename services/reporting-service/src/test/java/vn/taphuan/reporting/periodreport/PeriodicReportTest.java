package vn.taphuan.reporting.periodreport;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.security.Role;
import vn.taphuan.reporting.progress.PeriodReport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chain of a period's report, province → ministry: who may take which step from where. */
class PeriodicReportTest {

    static final String DTTS = "MTQG_DTTS_MN_2021_2025";
    static final ReportingPeriod Q2 = ReportingPeriod.parse("2025-Q2").orElseThrow();
    static final LocalDate AFTER_Q2 = LocalDate.of(2025, 7, 2);
    static final Instant AT = Instant.parse("2025-07-02T03:00:00Z");

    static final Signer OFFICER = new Signer("can-bo", "Nguyễn Văn An", Set.of(Role.PROVINCE_OFFICER), null);
    static final Signer ADMIN = new Signer("lanh-dao", "Trần Thị Bình", Set.of(Role.PROVINCE_ADMIN), null);
    static final Signer VIEWER = new Signer("xem", "Lê Văn Cường", Set.of(Role.PROVINCE_VIEWER), null);
    static final Signer BDTTG = new Signer("bo-dt", "Phạm Minh Đức", Set.of(Role.MINISTRY_ANALYST), "BDTTG");
    static final Signer BNNMT = new Signer("bo-nn", "Hoàng Thu Hà", Set.of(Role.MINISTRY_ANALYST), "BNNMT");
    static final Signer PLATFORM_ANALYST = new Signer("ca-nuoc", "Vũ Quốc Hùng", Set.of(Role.MINISTRY_ANALYST), null);

    private final PeriodicReport report = PeriodicReport.draft("bac-giang", DTTS, Q2, LocalDate.of(2025, 7, 10));

    static ReportFigures figures(long personTurns) {
        PeriodReport.Line line = new PeriodReport.Line(null, null, 1, 2, 10, new BigDecimal("20"), personTurns, 900,
                null, 0, 0, 0, "vi", "en");
        return new ReportFigures(AT, line, List.of(new ReportFigures.PlanLines("kh-bg", "Kế hoạch", "31/KH", line,
                List.of(new ReportFigures.TargetLineFigures("lop", "Lớp cộng đồng", line)))));
    }

    @Test
    void draftSubmitApproveAcceptIsSignedAtEveryStepAndFreezesTheFigures() {
        report.comment(List.of(new LineComment("kh-bg", "lop", "Chậm do mưa lũ tháng 6")), figures(80), OFFICER);
        report.submit(figures(80), OFFICER, AT, AFTER_Q2);
        report.approve(ADMIN, AT.plusSeconds(60));
        report.accept(BDTTG, "BDTTG", AT.plusSeconds(120));

        assertThat(report.state()).isEqualTo(ReportState.ACCEPTED);
        assertThat(report.figures().total().personTurns()).isEqualTo(80);
        assertThat(report.comments()).containsExactly(new LineComment("kh-bg", "lop", "Chậm do mưa lũ tháng 6"));
        assertThat(report.signOffs()).extracting(SignOff::step, SignOff::name, SignOff::role, SignOff::revision)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Step.SUBMIT, "Nguyễn Văn An", Role.PROVINCE_OFFICER, 1),
                        org.assertj.core.groups.Tuple.tuple(Step.APPROVE, "Trần Thị Bình", Role.PROVINCE_ADMIN, 1),
                        org.assertj.core.groups.Tuple.tuple(Step.ACCEPT, "Phạm Minh Đức", Role.MINISTRY_ANALYST, 1));
        assertThat(report.lastSignOff().ministry()).isEqualTo("BDTTG");
    }

    @Test
    void aReturnedReportIsRevisedAndSubmittedAgainWithTheFiguresOfThatMoment() {
        report.submit(figures(80), OFFICER, AT, AFTER_Q2);
        report.approve(ADMIN, AT);
        report.returnForRevision("  Thiếu số liệu nữ giới  ", BDTTG, "BDTTG", AT);
        assertThat(report.state()).isEqualTo(ReportState.RETURNED);
        assertThat(report.lastSignOff().reason()).isEqualTo("Thiếu số liệu nữ giới");

        report.comment(List.of(new LineComment("kh-bg", "lop", "Đã bổ sung")), figures(95), OFFICER);
        report.submit(figures(95), OFFICER, AT, AFTER_Q2);
        assertThat(report.revision()).isEqualTo(2);
        assertThat(report.figures().total().personTurns()).isEqualTo(95);
        assertThat(report.lastSignOff().revision()).isEqualTo(2);
        assertThat(report.signOffs()).hasSize(4);
    }

    @Test
    void stepsOutOfOrderAreRefusedNamingWhereTheReportStands() {
        assertRefused(() -> report.approve(ADMIN, AT), Refused.Kind.CONFLICT,
                new PeriodReportRefusal.ReportStepNotInState(Step.APPROVE, "2025-Q2", ReportState.DRAFT));
        assertRefused(() -> report.accept(BDTTG, "BDTTG", AT), Refused.Kind.CONFLICT,
                new PeriodReportRefusal.ReportStepNotInState(Step.ACCEPT, "2025-Q2", ReportState.DRAFT));
        report.submit(figures(80), OFFICER, AT, AFTER_Q2);
        assertRefused(() -> report.submit(figures(80), OFFICER, AT, AFTER_Q2), Refused.Kind.CONFLICT,
                new PeriodReportRefusal.ReportStepNotInState(Step.SUBMIT, "2025-Q2", ReportState.SUBMITTED));
        // the ministry acts only once the province has approved
        assertRefused(() -> report.returnForRevision("x", BDTTG, "BDTTG", AT), Refused.Kind.CONFLICT,
                new PeriodReportRefusal.ReportStepNotInState(Step.RETURN, "2025-Q2", ReportState.SUBMITTED));
        // a submitted report's comments are frozen with its figures
        assertRefused(() -> report.comment(List.of(new LineComment("kh-bg", "lop", "muộn")), figures(80), OFFICER),
                Refused.Kind.CONFLICT,
                new PeriodReportRefusal.ReportStepNotInState(Step.COMMENT, "2025-Q2", ReportState.SUBMITTED));
        report.approve(ADMIN, AT);
        report.accept(BDTTG, "BDTTG", AT);
        assertRefused(() -> report.returnForRevision("x", BDTTG, "BDTTG", AT), Refused.Kind.CONFLICT,
                new PeriodReportRefusal.ReportStepNotInState(Step.RETURN, "2025-Q2", ReportState.ACCEPTED));
    }

    @Test
    void eachStepBelongsToItsRoleAndTheMinistrysToTheOwningMinistry() {
        assertRefused(() -> report.submit(figures(80), VIEWER, AT, AFTER_Q2), Refused.Kind.RULE,
                new PeriodReportRefusal.ReportStepNotForRole(Step.SUBMIT));
        report.submit(figures(80), OFFICER, AT, AFTER_Q2);
        assertRefused(() -> report.approve(OFFICER, AT), Refused.Kind.RULE,
                new PeriodReportRefusal.ReportStepNotForRole(Step.APPROVE));
        report.approve(ADMIN, AT);
        assertRefused(() -> report.accept(ADMIN, "BDTTG", AT), Refused.Kind.RULE,
                new PeriodReportRefusal.ReportStepNotForRole(Step.ACCEPT));
        assertRefused(() -> report.accept(BNNMT, "BDTTG", AT), Refused.Kind.RULE,
                new PeriodReportRefusal.NotOwningMinistry(DTTS));
        assertRefused(() -> report.returnForRevision("x", PLATFORM_ANALYST, "BDTTG", AT), Refused.Kind.RULE,
                new PeriodReportRefusal.NotOwningMinistry(DTTS));
        assertRefused(() -> report.returnForRevision(" ", BDTTG, "BDTTG", AT), Refused.Kind.INVALID,
                new vn.taphuan.kit.refusal.InvalidFields(1));
        assertThat(report.state()).isEqualTo(ReportState.APPROVED);
        assertThat(report.signOffs()).hasSize(2);
    }

    @Test
    void aPeriodIsReportedOnceItIsOverAndLateOnceItsDeadlinePassesUnapproved() {
        assertRefused(() -> report.submit(figures(80), OFFICER, AT, LocalDate.of(2025, 6, 30)), Refused.Kind.RULE,
                new PeriodReportRefusal.PeriodNotOver("2025-Q2", LocalDate.of(2025, 6, 30)));
        assertThat(report.lateOn(LocalDate.of(2025, 7, 10))).isFalse();
        assertThat(report.lateOn(LocalDate.of(2025, 7, 11))).isTrue();
        report.submit(figures(80), OFFICER, AT, AFTER_Q2);
        assertThat(report.lateOn(LocalDate.of(2025, 7, 11))).isTrue();
        report.approve(ADMIN, AT);
        assertThat(report.lateOn(LocalDate.of(2025, 7, 11))).isFalse();
    }

    @Test
    void commentsNameLinesOfTheReportAndABlankCommentRemovesOne() {
        assertThatThrownBy(() -> report.comment(List.of(new LineComment("kh-bg", "khong-co", "x")), figures(1), OFFICER))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("comments[0].lineId");
                            assertThat(v.reason()).isEqualTo(new PeriodReportRefusal.UnknownTargetLine("kh-bg", "khong-co"));
                        }));
        report.comment(List.of(new LineComment("kh-bg", "lop", "Chậm")), figures(1), OFFICER);
        report.comment(List.of(new LineComment("kh-bg", "lop", " ")), figures(1), OFFICER);
        assertThat(report.comments()).isEmpty();
    }

    @Test
    void theProvinceAdministratorReturnsASubmittedReportToTheOfficersBeforeApproving() {
        report.submit(figures(80), OFFICER, AT, AFTER_Q2);
        assertRefused(() -> report.returnForRevision("x", OFFICER, null, AT), Refused.Kind.RULE,
                new PeriodReportRefusal.ReportStepNotForRole(Step.RETURN));
        assertRefused(() -> report.returnForRevision(" ", ADMIN, null, AT), Refused.Kind.INVALID,
                new vn.taphuan.kit.refusal.InvalidFields(1));
        report.returnForRevision(" Số lớp quý II chưa khớp sổ theo dõi ", ADMIN, null, AT.plusSeconds(60));
        assertThat(report.state()).isEqualTo(ReportState.RETURNED);
        assertThat(report.lastSignOff()).extracting(SignOff::step, SignOff::role, SignOff::ministry, SignOff::reason,
                        SignOff::revision)
                .containsExactly(Step.RETURN, Role.PROVINCE_ADMIN, null, "Số lớp quý II chưa khớp sổ theo dõi", 1);
        report.submit(figures(85), OFFICER, AT, AFTER_Q2);
        assertThat(report.revision()).isEqualTo(2);
        report.approve(ADMIN, AT);
        // once approved, the return is the ministry's: the administrator's own approval is undone only by reopening
        assertRefused(() -> report.returnForRevision("x", ADMIN, null, AT), Refused.Kind.CONFLICT,
                new PeriodReportRefusal.ReportStepNotInState(Step.RETURN, "2025-Q2", ReportState.APPROVED));
    }

    @Test
    void theAdministratorReopensAnApprovedReportKeepingTheApprovedVersionUnderTheNextRevision() {
        report.submit(figures(80), OFFICER, AT, AFTER_Q2);
        assertRefused(() -> report.reopen("x", ADMIN, AT), Refused.Kind.CONFLICT,
                new PeriodReportRefusal.ReportStepNotInState(Step.REOPEN, "2025-Q2", ReportState.SUBMITTED));
        report.approve(ADMIN, AT.plusSeconds(60));
        assertRefused(() -> report.reopen("x", OFFICER, AT), Refused.Kind.RULE,
                new PeriodReportRefusal.ReportStepNotForRole(Step.REOPEN));
        assertRefused(() -> report.reopen("x", BDTTG, AT), Refused.Kind.RULE,
                new PeriodReportRefusal.ReportStepNotForRole(Step.REOPEN));
        assertRefused(() -> report.reopen("  ", ADMIN, AT), Refused.Kind.INVALID,
                new vn.taphuan.kit.refusal.InvalidFields(1));
        assertThat(report.state()).isEqualTo(ReportState.APPROVED);

        report.reopen(" Bổ sung 2 lớp ghi thiếu ", ADMIN, AT.plusSeconds(120));
        assertThat(report.state()).isEqualTo(ReportState.DRAFT);
        assertThat(report.revision()).isEqualTo(2);
        assertThat(report.figures()).isNull();
        assertThat(report.lastSignOff()).extracting(SignOff::step, SignOff::role, SignOff::revision, SignOff::reason)
                .containsExactly(Step.REOPEN, Role.PROVINCE_ADMIN, 1, "Bổ sung 2 lớp ghi thiếu");
        assertThat(report.earlierVersions()).singleElement().satisfies(earlier -> {
            assertThat(earlier.revision()).isEqualTo(1);
            assertThat(earlier.state()).isEqualTo(ReportState.APPROVED);
            assertThat(earlier.figures().total().personTurns()).isEqualTo(80);
            assertThat(earlier.signOffs()).extracting(SignOff::step).containsExactly(Step.SUBMIT, Step.APPROVE);
            assertThat(earlier.reopenedBy()).isEqualTo("Trần Thị Bình");
            assertThat(earlier.reopenedRole()).isEqualTo(Role.PROVINCE_ADMIN);
            assertThat(earlier.reopenedAt()).isEqualTo(AT.plusSeconds(120));
            assertThat(earlier.reason()).isEqualTo("Bổ sung 2 lớp ghi thiếu");
        });

        // the reopened draft is submitted as revision 2, not 3, and may be approved, accepted and reopened again
        report.submit(figures(95), OFFICER, AT, AFTER_Q2);
        assertThat(report.revision()).isEqualTo(2);
        assertThat(report.figures().total().personTurns()).isEqualTo(95);
        report.approve(ADMIN, AT);
        report.accept(BDTTG, "BDTTG", AT);
        report.reopen("Sai số tiền chi", ADMIN, AT);
        assertThat(report.revision()).isEqualTo(3);
        assertThat(report.earlierVersions()).extracting(EarlierVersion::revision, EarlierVersion::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ReportState.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(2, ReportState.ACCEPTED));
        assertThat(report.earlierVersions().get(1).figures().total().personTurns()).isEqualTo(95);
    }

    private static void assertRefused(Runnable step, Refused.Kind kind, Object reason) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.kind()).isEqualTo(kind);
            assertThat(refused.reason()).isEqualTo(reason);
        });
    }
}
