package vn.taphuan.enrolment.participant;

import jakarta.validation.constraints.Size;

/**
 * A person as an officer writes them. Values are read as on attendance sheets: gender "Nữ" or "FEMALE", ethnicity
 * by name or code, level "Xã" or "COMMUNE", target group "Cán bộ" or "CADRE".
 */
public record ParticipantRequest(
        @Size(max = 150) String fullName,
        @Size(max = 20) String gender,
        @Size(max = 20) String birthYear,
        @Size(max = 60) String ethnicity,
        @Size(max = 200) String jobTitle,
        @Size(max = 30) String level,
        @Size(max = 200) String unitCode,
        @Size(max = 30) String targetGroup,
        @Size(max = 20) String nationalId) {

    public ParticipantForm.Raw toRaw() {
        return new ParticipantForm.Raw(fullName, gender, birthYear, ethnicity, jobTitle, level, unitCode,
                targetGroup, nationalId);
    }
}
