package vn.taphuan.enrolment.reference;

import vn.taphuan.kit.refusal.Reason;

import java.time.LocalDate;

/** Why an administrative unit cannot be named where it was; the words are in {@code messages_*.properties}. */
public sealed interface UnitRefusal extends Reason {

    record UnknownUnit(String unitCode) implements UnitRefusal {
    }

    /** Vietnamese names the unit by its name, English by its code. */
    record UnitOfAnotherProvince(String unitName, String unitCode) implements UnitRefusal {
    }

    /** The last day a unit is valid: a date, or none yet. */
    sealed interface ValidUntil extends UnitRefusal {
    }

    record ValidTo(LocalDate validTo) implements ValidUntil {
    }

    record StillValid() implements ValidUntil {
    }

    record UnitNotValidThen(String unitName, String unitCode, LocalDate from, LocalDate to, LocalDate validFrom,
                            ValidUntil validUntil) implements UnitRefusal {
    }

    /** After the 2025 reorganisation a dissolved unit names its successor. */
    record UnitNotValidThenSucceededBy(String unitName, String unitCode, LocalDate from, LocalDate to,
                                       LocalDate validFrom, ValidUntil validUntil, String successorCode)
            implements UnitRefusal {
    }
}
