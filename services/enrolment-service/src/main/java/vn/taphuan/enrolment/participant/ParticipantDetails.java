package vn.taphuan.enrolment.participant;

/**
 * What an officer records about a person. The ID number is used to derive the person key and is never stored.
 *
 * @param fullName      full name as written (NFC)
 * @param gender        gender
 * @param birthYear     year of birth
 * @param ethnicityCode official code of the ethnic group, 01–54
 * @param jobTitle      role or job title (chức vụ), or null
 * @param level         level the person works at, or COMMUNITY
 * @param unitCode      administrative unit the person belongs to
 * @param targetGroup   cadre or community member
 * @param nationalId    digits of the CCCD/CMND number, or null when not given
 */
public record ParticipantDetails(String fullName, Gender gender, int birthYear, String ethnicityCode, String jobTitle,
                                 Level level, String unitCode, TargetGroup targetGroup, String nationalId) {

    /** The same details without the ID number: what may be stored. */
    public ParticipantDetails withoutNationalId() {
        return new ParticipantDetails(fullName, gender, birthYear, ethnicityCode, jobTitle, level, unitCode,
                targetGroup, null);
    }
}
