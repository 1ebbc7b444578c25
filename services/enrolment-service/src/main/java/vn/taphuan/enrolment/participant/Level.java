package vn.taphuan.enrolment.participant;

/** The level a cadre works at, or COMMUNITY for community members (people, village representatives, ...). */
public enum Level {
    PROVINCE, DISTRICT, COMMUNE, VILLAGE, COMMUNITY
}
