package vn.taphuan.budget.norms;

import vn.taphuan.kit.refusal.Digits;
import vn.taphuan.kit.refusal.Reason;

import java.time.LocalDate;

/** Why a norm set, or an estimate by the norms, is refused; the words are in {@code messages_*.properties}. */
public sealed interface NormsRefusal extends Reason {

    /** The day a validity ends: a date, or none yet. */
    sealed interface ValidUntil extends NormsRefusal {
    }

    record Until(LocalDate validTo) implements ValidUntil {
    }

    record UntilNow() implements ValidUntil {
    }

    record BeforeValidFrom(LocalDate validFrom) implements NormsRefusal {
    }

    record LegalBasisRequired() implements NormsRefusal {
    }

    record RateMissing(NormCode norm) implements NormsRefusal {
    }

    record RateNegative() implements NormsRefusal {
    }

    record RateTooLarge(Digits max) implements NormsRefusal {
    }

    /** One line of an estimate comes to more than any sum may carry. */
    record EstimateLineBeyondBound(Digits bound, NormCode norm, Digits quantity, Digits unitCost) implements NormsRefusal {
    }

    /** The whole of an estimate comes to more than any sum may carry. */
    record EstimateTotalBeyondBound(Digits bound, Digits total) implements NormsRefusal {
    }

    /** A norm set's validity overlaps another's: the other set, its validity and its legal basis. */
    record NormPeriodsOverlap(String normSetId, LocalDate validFrom, ValidUntil until, String legalBasis)
            implements NormsRefusal {
    }

    record OverlapsNormSet(String normSetId) implements NormsRefusal {
    }

    record NoSuchNormSet(String normSetId) implements NormsRefusal {
    }

    record EndBeforeStart() implements NormsRefusal {
    }
}
