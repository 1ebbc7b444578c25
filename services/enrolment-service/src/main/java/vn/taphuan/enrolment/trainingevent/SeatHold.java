package vn.taphuan.enrolment.trainingevent;

import java.time.Instant;
import java.util.List;

/**
 * Seats being taken or given up right now by one request, recorded on the activity before the roster pages are
 * written and removed once the request has settled (see {@code SeatHolds} for the protocol).
 *
 * @param id            the hold, unique; enrolments written under it carry it
 * @param kind          whether the enrolments take seats or give them up
 * @param at            when it was made; older than the hold timeout, it is healed by whoever needs seats
 * @param enrolmentIds  the enrolments concerned (one chunk of an import at most)
 */
public record SeatHold(String id, Kind kind, Instant at, List<String> enrolmentIds) {

    public enum Kind {
        /** Each enrolment took a seat when the hold was made; those the request did not enrol give it back. */
        TAKE,
        /** The enrolments still hold their seats; those the request withdrew give them back when it settles. */
        RELEASE
    }
}
