package vn.taphuan.plan.plan;

import vn.taphuan.kit.refusal.Labelled;
import vn.taphuan.kit.refusal.Money;
import vn.taphuan.kit.refusal.Reason;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;

/** Why a training plan is refused: its content, its submission, approval, amendment and closing. */
public sealed interface PlanRefusal extends Reason {

    // --- what a draft must satisfy ---

    record PeriodOutsideProgramme(LocalDate programmeStart, LocalDate programmeEnd) implements PlanRefusal {
    }

    record TooManyLines(long most) implements PlanRefusal {
    }

    /** A line id with characters other than letters, digits, dots, hyphens and underscores, or too long. */
    record MalformedLineId() implements PlanRefusal {
    }

    record DuplicateLineId(String lineId) implements PlanRefusal {
    }

    /** Above the bound of what is counted, e.g. more than 100.000 activities on one line. */
    record MoreThanAllowed(long most, Counted counted) implements PlanRefusal {
    }

    /** What a plan counts, named after "tối đa …" / "at most …". */
    enum Counted implements Labelled {
        COMMUNES("xã", "communes"),
        VILLAGES("thôn, bản", "villages"),
        ACTIVITIES_PER_LINE("hoạt động mỗi chỉ tiêu", "activities per line"),
        PERSON_TURNS_PER_LINE("lượt người mỗi chỉ tiêu", "person-turns per line"),
        PEOPLE_ON_ROSTER("người trong danh sách", "people on a roster");

        private final String labelVi;
        private final String labelEn;

        Counted(String labelVi, String labelEn) {
            this.labelVi = labelVi;
            this.labelEn = labelEn;
        }

        @Override
        public String labelVi() {
            return labelVi;
        }

        @Override
        public String labelEn() {
            return labelEn;
        }
    }

    record MoreMoneyThanAllowed(Money most) implements PlanRefusal {
    }

    /** A cadre level or job title on a line for the community. */
    record CadresOnly() implements PlanRefusal {
    }

    /** {@code topic} is the text sent, {@code "null"} when none was. */
    record TopicOutsideFramework(String topic) implements PlanRefusal {
    }

    record YearOutsidePeriod(Year year, Year periodStart, Year periodEnd) implements PlanRefusal {
    }

    record DuplicateYear(Year year) implements PlanRefusal {
    }

    record YearlyActivitiesOverLine(long yearly, long line) implements PlanRefusal {
    }

    record YearlyPersonTurnsOverLine(long yearly, long line) implements PlanRefusal {
    }

    record CoverageAfterDeadline(LocalDate deadline) implements PlanRefusal {
    }

    /** A line stated as a quota per unit plans exactly the persons the quota derives. */
    record QuotaNotThePersons(long perUnit, long units, long persons) implements PlanRefusal {
    }

    record UnitNotInCatalogue(String unitCode) implements PlanRefusal {
    }

    record UnitOutsideProvince(String unitCode) implements PlanRefusal {
    }

    record UnitNotInPeriod(String unitCode) implements PlanRefusal {
    }

    record DuplicateSource(FundingSource source) implements PlanRefusal {
    }

    record TotalRequiredWithSources() implements PlanRefusal {
    }

    /** Both amounts are written ungrouped, as this answer always has; the sum is exact whatever was sent. */
    record SourcesNotTheTotal(BigInteger sources, BigInteger total) implements PlanRefusal {
    }

    // --- what a submission needs ---

    /** The problem of a submission refused: the fields say what is missing. */
    record PlanIncomplete() implements PlanRefusal {
    }

    record RequiredToSubmit() implements PlanRefusal {
    }

    record NoTargetLine() implements PlanRefusal {
    }

    /** A line with neither activities, person-turns nor a coverage target. */
    record LineWithoutTarget() implements PlanRefusal {
    }

    record RosterSizeRequired() implements PlanRefusal {
    }

    record FundingSourcesRequired() implements PlanRefusal {
    }

    // --- what an approval needs ---

    /** The problem of an approval refused ({@code approval}): the fields say why. */
    record NotApprovableYet() implements PlanRefusal {
    }

    record DocumentNumberRequired() implements PlanRefusal {
    }

    record DocumentDateRequired() implements PlanRefusal {
    }

    record ApprovedBeforeDocument(LocalDate documentDate) implements PlanRefusal {
    }

    record TooManyPlans(long approved, long most) implements PlanRefusal {
    }

    // --- what an amendment may change ---

    /** The problem of a close-out refused ({@code close-out}): the fields say why. */
    record NotClosableOutYet() implements PlanRefusal {
    }

    /** A plan is closed out once ({@code plan-closed-out}). */
    record ClosedOutBefore(LocalDate closedOutOn) implements PlanRefusal {
    }

    record CloseOutBeforeDeadline(LocalDate deadline) implements PlanRefusal {
    }

    record CloseOutAfterToday(LocalDate today) implements PlanRefusal {
    }

    /** The problem of an amendment refused ({@code amendment}): the fields say why. */
    record AmendmentRefused() implements PlanRefusal {
    }

    record ProgrammeFixed() implements PlanRefusal {
    }

    record LineRemoved(String lineId) implements PlanRefusal {
    }

    record ActivityKindFixed() implements PlanRefusal {
    }

    record TargetGroupFixed() implements PlanRefusal {
    }

    record AmendmentReasonRequired() implements PlanRefusal {
    }

    record AmendedBeforeVersion(int version, LocalDate effectiveOn) implements PlanRefusal {
    }

    record AmendmentUnchanged() implements PlanRefusal {
    }

    // --- closing, status, lookup ---

    record ClosedBeforeApproval(LocalDate approvedOn) implements PlanRefusal {
    }

    /** The plan's status does not allow the action ({@code plan-status}). */
    record StatusForbids(Action action, PlanStatus status) implements PlanRefusal {
    }

    /** What an officer does to a plan, as the refusal names it. */
    enum Action implements Labelled {
        EDIT("sửa", "edit"),
        SUBMIT("trình", "submit"),
        RETURN("trả lại", "return"),
        APPROVE("phê duyệt", "approve"),
        START("bắt đầu thực hiện", "start"),
        AMEND("điều chỉnh", "amend"),
        CLOSE("đóng", "close"),
        CLOSE_OUT("khép lại", "close out");

        private final String labelVi;
        private final String labelEn;

        Action(String labelVi, String labelEn) {
            this.labelVi = labelVi;
            this.labelEn = labelEn;
        }

        @Override
        public String labelVi() {
            return labelVi;
        }

        @Override
        public String labelEn() {
            return labelEn;
        }
    }

    record PlanNotFound(String planId) implements PlanRefusal {
    }

    /** {@code number} as the address named it: an identifier, not a count, so never grouped. */
    record PlanVersionNotFound(String planId, String number) implements PlanRefusal {
    }
}
