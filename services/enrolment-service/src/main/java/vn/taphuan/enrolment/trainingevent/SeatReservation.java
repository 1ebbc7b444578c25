package vn.taphuan.enrolment.trainingevent;

import java.util.List;

/**
 * Which enrolments got a seat and which found the activity full.
 *
 * @param granted enrolment ids holding a seat now
 * @param refused enrolment ids for which no seat was left
 */
public record SeatReservation(List<String> granted, List<String> refused) {
}
