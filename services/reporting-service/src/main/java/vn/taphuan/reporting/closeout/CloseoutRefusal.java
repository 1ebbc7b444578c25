package vn.taphuan.reporting.closeout;

import vn.taphuan.kit.refusal.Reason;

/** Why a close-out report cannot be given; the words are in the service's catalogues. */
public sealed interface CloseoutRefusal extends Reason {

    /** The phase is written as its first and last year; {@code got} is what was sent. */
    record PhaseYearsExpected(String got) implements CloseoutRefusal {
    }
}
