package vn.taphuan.plan.importing;

import vn.taphuan.kit.refusal.Money;

import vn.taphuan.kit.refusal.Reason;

/**
 * What the officer must confirm after a plan's text was read: a value the text does not give or that could not be
 * read, or a statement deliberately not imported (a result, a total, another period). Quotes are the text as sent;
 * years and the numbers the text wrote are text, printed as they are (the catalogue would group them).
 */
public sealed interface ImportFinding extends Reason {

    /** A line's counts are per year and the plan lasts several: the period's totals are the officer's to enter. */
    record CountPerYear(String quote, String fromYear, String toYear, int years) implements ImportFinding {
    }

    record NoTargetFound() implements ImportFinding {
    }

    record BudgetNotFound() implements ImportFinding {
    }

    record AmountNotWholeDong() implements ImportFinding {
    }

    record NoFundingSource() implements ImportFinding {
    }

    record UnreadableFundingSource(String quote) implements ImportFinding {
    }

    /** Amounts in đồng as digits, ungrouped, as this finding has always written them. */
    record SourcesDifferFromTotal(String sumVnd, String totalVnd) implements ImportFinding {
    }

    record AmountBeyondLimit(String quote, Money limit) implements ImportFinding {
    }

    record TitleNotFound() implements ImportFinding {
    }

    record IssuingBodyNotFound() implements ImportFinding {
    }

    record DocumentNumberMissing() implements ImportFinding {
    }

    record DocumentDateMissing() implements ImportFinding {
    }

    record BasisDateMissing(String basisNumber) implements ImportFinding {
    }

    record NoLegalBasis() implements ImportFinding {
    }

    record PeriodNotFound() implements ImportFinding {
    }

    /**
     * A share the plan sets for something other than training ("100% lãnh đạo … tham gia quản lý Trung tâm Học tập
     * cộng đồng", "100% người dân … được tuyên truyền"): shown in the review with its span, not a target line.
     */
    record NonTrainingTarget(String quote) implements ImportFinding {
    }

    /**
     * A count of things built, bought or supplied ("trang bị 20 bộ máy tính cho …") in a statement that also speaks
     * of training: kept as a target of another kind; the officer checks whether the figure counts training instead.
     */
    record OtherTargetMayBeTraining(String quote) implements ImportFinding {
    }

    /**
     * Things supplied to a count of classes ("trang bị máy chiếu cho 10 lớp học"): classes of training or classrooms
     * equipped. Nothing is imported from it; the officer enters it as a training line or a target of another kind.
     */
    record ThingsSuppliedToClasses(String quote, String counted) implements ImportFinding {
    }

    /** A quota per unit whose product another line of the text states already: that line is the target. */
    record QuotaAlreadyCounted(String quote, String persons) implements ImportFinding {
    }

    /** The plan's issuer is named by its kind and level only ("UBND tỉnh"): the officer names the province or district. */
    record IssuerPlaceUnstated(String quote) implements ImportFinding {
    }

    /** The issuer's name leaves its level open ("UBND thành phố …" a province or a district): the officer chooses. */
    record IssuerLevelUnclear(String quote) implements ImportFinding {
    }

    /** The text names a programme's words, but the plan ends before the programme begins: not its programme. */
    record ProgrammeBeginsAfterPlan(String programmeCode, String endYear) implements ImportFinding {
    }

    /** A funding source the text names without an amount; the plan keeps a source with its amount only. */
    record FundingSourceWithoutAmount(String quote) implements ImportFinding {
    }

    /** A signature block (the signer's title) with no name below it, or a name that could not be read. */
    record SignerNotFound() implements ImportFinding {
    }

    /** "… đến năm 2020": the plan's end is stated, its start is not; the officer enters it. */
    record PeriodStartNotStated(String endYear) implements ImportFinding {
    }

    record OtherProgrammeNamedMost(String readProgrammeCode, String chosenProgrammeCode) implements ImportFinding {
    }

    record ProgrammeNotRecognised() implements ImportFinding {
    }

    record RulesLooserThanProgramme() implements ImportFinding {
    }

    record ShareAchieved() implements ImportFinding {
    }

    record ShareOfOtherPeriod(String fromYear, String toYear) implements ImportFinding {
    }

    record MaximumShare() implements ImportFinding {
    }

    record PriorityWithoutShare() implements ImportFinding {
    }

    record ShareAboveHundred(String quote) implements ImportFinding {
    }

    record ShareWithoutLine(String quote) implements ImportFinding {
    }

    record TopicGroupOutsideFramework(String written) implements ImportFinding {
    }

    record TopicsWithoutTrainingLine() implements ImportFinding {
    }

    record UnitNotInRegistry(String unitKind, String unitName) implements ImportFinding {
    }

    record SeveralUnitsNamed(int count, String unitName) implements ImportFinding {
    }

    record CountsWithoutUnit(String quote) implements ImportFinding {
    }

    record PeoplePerUnit(String quote) implements ImportFinding {
    }

    record TotalStated() implements ImportFinding {
    }

    record ResultAchieved() implements ImportFinding {
    }

    record TargetOfOtherPeriod(String fromYear, String toYear) implements ImportFinding {
    }

    record LearnersPerActivityOnly(String written) implements ImportFinding {
    }

    record NoPersonTurns() implements ImportFinding {
    }

    record ActivityKindUnstated() implements ImportFinding {
    }

    record NoClassCount() implements ImportFinding {
    }

    record TargetGroupUnstated() implements ImportFinding {
    }

    record SeveralCadreLevels(String quote) implements ImportFinding {
    }

    record ShareOutOfRange(String quote) implements ImportFinding {
    }

    record RosterSizeNeeded() implements ImportFinding {
    }

    record ShareGroupUnstated() implements ImportFinding {
    }

    record NoShareDeadline() implements ImportFinding {
    }

    record ActivitiesBeyondLimit(String written, int limit) implements ImportFinding {
    }

    record PersonTurnsBeyondLimit(String written, int limit) implements ImportFinding {
    }
}
