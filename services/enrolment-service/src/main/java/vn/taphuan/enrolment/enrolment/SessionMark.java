package vn.taphuan.enrolment.enrolment;

/**
 * Presence at one session.
 *
 * @param session session number, from 1
 * @param present present (có mặt) or absent (vắng)
 */
public record SessionMark(int session, boolean present) {
}
