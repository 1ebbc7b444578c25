package vn.taphuan.enrolment.participant;

import vn.taphuan.kit.refusal.Reason;

import java.time.Year;

/**
 * Why a participant's details cannot be read or the person cannot be told apart; the words are in
 * {@code messages_*.properties}.
 */
public sealed interface ParticipantRefusal extends Reason {

    record NotAName(String written) implements ParticipantRefusal {
    }

    record GenderRequired() implements ParticipantRefusal {
    }

    record GenderUnreadable(String written) implements ParticipantRefusal {
    }

    record BirthYearInvalid(String written, Year latest) implements ParticipantRefusal {
    }

    record NotAnEthnicGroup(String written) implements ParticipantRefusal {
    }

    record JobTitleTooLong() implements ParticipantRefusal {
    }

    record TargetGroupUnreadable(String written) implements ParticipantRefusal {
    }

    record TargetGroupRequired() implements ParticipantRefusal {
    }

    record LevelUnreadable(String written) implements ParticipantRefusal {
    }

    record NotANationalId() implements ParticipantRefusal {
    }

    record UnitNameShared(int units, String written) implements ParticipantRefusal {
    }

    record NoUnitNamed(String written) implements ParticipantRefusal {
    }

    /** Problem {@code ambiguous-person}: several people share the name, birth year and unit. */
    record AmbiguousPerson(int people) implements ParticipantRefusal {
    }

    record NoSuchParticipant(String participantId) implements ParticipantRefusal {
    }
}
