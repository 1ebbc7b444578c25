package vn.taphuan.enrolment.trainingevent;

import java.util.List;

/**
 * What a request for seats (or to give them up) got.
 *
 * @param hold    the hold made for the granted enrolments; null when none was granted
 * @param granted enrolment ids held now
 * @param refused enrolment ids for which no seat was left
 * @param busy    enrolment ids another request is enrolling or withdrawing at this moment
 */
public record SeatReservation(SeatHold hold, List<String> granted, List<String> refused, List<String> busy) {
}
