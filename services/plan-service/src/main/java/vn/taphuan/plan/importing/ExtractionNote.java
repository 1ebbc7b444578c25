package vn.taphuan.plan.importing;

import vn.taphuan.kit.refusal.Reason;

/** Why a value read from a plan's text is less than certain: what the reading assumed, for the officer to check. */
public sealed interface ExtractionNote extends Reason {

    record AmountQualified(String qualifier, String written) implements ExtractionNote {
    }

    record LocalBudgetAsProvincial() implements ExtractionNote {
    }

    record PlanMentionedInPassing() implements ExtractionNote {
    }

    record TitleFromMention() implements ExtractionNote {
    }

    /** Learners stated after their classes ("Tham gia các lớp … có 545 học viên"), counted per class. */
    record LearnersOfClassesNamedBefore() implements ExtractionNote {
    }

    /** A count per year in a plan of several years: the total is the count times the years. */
    record CountPerYearTimesYears(String quote, String fromYear, String toYear, int years) implements ExtractionNote {
    }

    /** Persons derived from a quota per unit and the units counted: "4 cán bộ mỗi xã" × "124 xã". */
    record QuotaTimesUnits(String perUnit, String units) implements ExtractionNote {
    }

    /** The plan's year is the year its classes are held in; the text names no period of the plan. */
    record PeriodFromActivities() implements ExtractionNote {
    }

    record TitleFromHeading() implements ExtractionNote {
    }

    record BodyWithParentPlace(String parent) implements ExtractionNote {
    }

    record IssuerFromNumber() implements ExtractionNote {
    }

    record BasisUndated() implements ExtractionNote {
    }

    record PeriodFromTargets() implements ExtractionNote {
    }

    record AlsoNamesProgramme(String otherProgrammeCode) implements ExtractionNote {
    }

    record ProgrammeNamedOnce() implements ExtractionNote {
    }

    record ShareToLineBeforeInWhich() implements ExtractionNote {
    }

    record ShareToEachLine() implements ExtractionNote {
    }

    record ShareToGroupLines() implements ExtractionNote {
    }

    record ShareToTrainingLines() implements ExtractionNote {
    }

    record ApproximateShare() implements ExtractionNote {
    }

    record ShareRoundedUp() implements ExtractionNote {
    }

    record TopicGroupByCount() implements ExtractionNote {
    }

    record CountsForWholeProvince() implements ExtractionNote {
    }

    record DelegationAsStudyTour() implements ExtractionNote {
    }

    record KindFromTrainingVerbs() implements ExtractionNote {
    }

    record GroupFromSentence() implements ExtractionNote {
    }

    record ShareRoundedDown() implements ExtractionNote {
    }

    record ShareOfPeopleTrained() implements ExtractionNote {
    }

    record DeadlineFromPeriodEnd() implements ExtractionNote {
    }

    record CountQualified(String qualifier, String written) implements ExtractionNote {
    }

    record TurnsQualified(String qualifier, String written) implements ExtractionNote {
    }

    record PeopleAsTurns() implements ExtractionNote {
    }
}
