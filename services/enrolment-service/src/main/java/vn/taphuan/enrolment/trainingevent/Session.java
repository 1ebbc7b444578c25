package vn.taphuan.enrolment.trainingevent;

import java.time.LocalDate;

/**
 * One session (buổi) of an activity.
 *
 * @param number from 1, in date order
 * @param date   the day it takes place
 * @param kind   theory, or field visit / practice
 * @param topic  topic (chuyên đề), or null
 */
public record Session(int number, LocalDate date, SessionKind kind, String topic) {
}
