package vn.taphuan.enrolment.enrolment;

import vn.taphuan.enrolment.participant.Gender;
import vn.taphuan.enrolment.participant.Level;
import vn.taphuan.enrolment.participant.TargetGroup;

/**
 * What reporting counts about a participant, taken when they enrol: no name, no ID number.
 *
 * @param personKey      keyed hash identifying the person across activities
 * @param gender         gender
 * @param ethnicMinority one of the 53 ethnic minorities
 * @param targetGroup    cadre or community member
 * @param level          level the person works at, or COMMUNITY
 * @param unitCode       unit the person belongs to
 */
public record CountingFacts(String personKey, Gender gender, boolean ethnicMinority, TargetGroup targetGroup,
                            Level level, String unitCode) {
}
