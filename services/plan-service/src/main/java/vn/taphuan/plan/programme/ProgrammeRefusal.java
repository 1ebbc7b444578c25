package vn.taphuan.plan.programme;

import vn.taphuan.kit.refusal.Reason;

/** Why a programme of the catalogue (its definition, phases and activity rules) is refused, or a code not found. */
public sealed interface ProgrammeRefusal extends Reason {

    /** A programme code that names no programme of the catalogue. */
    record ProgrammeNotInCatalogue(String programmeCode) implements ProgrammeRefusal {
    }

    record ProgrammeNotFound(String programmeCode) implements ProgrammeRefusal {
    }

    /** Not 3–60 upper-case letters, digits or underscores. */
    record MalformedProgrammeCode() implements ProgrammeRefusal {
    }

    /** The programme's deadline before the start of its period. */
    record DeadlineBeforePeriodStart() implements ProgrammeRefusal {
    }

    record MoreTopicsThanGroup(int topicCount) implements ProgrammeRefusal {
    }

    record TooLong(int most) implements ProgrammeRefusal {
    }

    record Blank() implements ProgrammeRefusal {
    }

    /** {@code earlier} is the earlier phase's code, {@code "null"} when it has none. */
    record PhasesOverlap(String earlier) implements ProgrammeRefusal {
    }

    record SuccessorNotACode() implements ProgrammeRefusal {
    }

    record ProgrammeSucceedsItself() implements ProgrammeRefusal {
    }

    record PhaseEndsBeforeStart() implements ProgrammeRefusal {
    }

    record PhaseDeadlineBeforeStart() implements ProgrammeRefusal {
    }

    record PhaseOutsideProgramme() implements ProgrammeRefusal {
    }

    /** A plan's rules looser than its programme's: fewer days per course than the programme requires. */
    record FewerDaysThanProgramme(int days) implements ProgrammeRefusal {
    }

    record FewerFieldSessionsThanProgramme(int sessions) implements ProgrammeRefusal {
    }

    record LowerAttendanceThanProgramme(int percent) implements ProgrammeRefusal {
    }
}
