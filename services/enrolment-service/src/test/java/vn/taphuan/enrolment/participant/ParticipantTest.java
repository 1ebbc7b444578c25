package vn.taphuan.enrolment.participant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantTest {

    private final PersonKeys keys = new PersonKeys("a-test-secret-of-enough-length");

    private ParticipantDetails details(String name, String nationalId) {
        return new ParticipantDetails(name, Gender.FEMALE, 1985, "02", "Trưởng thôn", Level.COMMUNITY, "07360",
                TargetGroup.COMMUNITY, nationalId);
    }

    @Test
    void theIdNumberIsNeverStoredOnlyItsKeyedHashAndLastDigits() {
        Participant p = Participant.register("p1", "bac-giang", details("Hà Thị Lan", "024185000001"),
                keys.ofNationalId("024185000001"), keys.ofNameBirthYearUnit("Hà Thị Lan", 1985, "07360"), 0, true);
        assertThat(p.details().nationalId()).isNull();
        assertThat(p.nationalIdTail()).isEqualTo("…0001");
        assertThat(p.personKey()).isEqualTo(keys.ofNationalId("024185000001")).matches("[0-9a-f]{64}");
    }

    @Test
    void thePersonKeyStaysWhenAnIdNumberIsLearntLaterAndTheSameDetailsChangeNothing() {
        String fallback = keys.ofNameBirthYearUnit("Hà Thị Lan", 1985, "07360");
        Participant p = Participant.register("p1", "bac-giang", details("Hà Thị Lan", null), null, fallback, 0, true);
        assertThat(p.correct(details("Hà Thị Lan", null), null, fallback, true, 5)).isFalse();
        assertThat(p.correct(details("Hà Thị Lan", "024185000001"), keys.ofNationalId("024185000001"), fallback, true, 5))
                .isTrue();
        assertThat(p.personKey()).isEqualTo(fallback);
        assertThat(p.nationalIdKey()).isEqualTo(keys.ofNationalId("024185000001"));
        assertThat(p.namesake()).as("the same name, birth year and unit: the same place among namesakes").isZero();
    }

    @Test
    void aPersonIsFoundByKeysThatNameTheProvinceAndTheirPlaceAmongNamesakes() {
        String fallback = keys.ofNameBirthYearUnit("Hà Thị Lan", 1985, "07360");
        Participant p = Participant.register("p1", "bac-giang", details("Hà Thị Lan", "024185000001"),
                keys.ofNationalId("024185000001"), fallback, 2, true);
        assertThat(p.namesake()).isEqualTo(2);
        assertThat(Participant.idSlotOf("bac-giang", p.nationalIdKey()))
                .isNotEqualTo(Participant.idSlotOf("thanh-hoa", p.nationalIdKey()));

        String moved = keys.ofNameBirthYearUnit("Hà Thị Lan", 1986, "07360");
        assertThat(p.correct(new ParticipantDetails("Hà Thị Lan", Gender.FEMALE, 1986, "02", "Trưởng thôn",
                Level.COMMUNITY, "07360", TargetGroup.COMMUNITY, null), null, moved, true, 1)).isTrue();
        assertThat(p.fallbackKey()).isEqualTo(moved);
        assertThat(p.namesake()).as("a new place among the namesakes of the corrected details").isEqualTo(1);
    }

    @Test
    void keysDependOnTheSecretAndOnNormalisedNamesButKeepDiacritics() {
        PersonKeys other = new PersonKeys("another-secret-of-enough-length");
        assertThat(keys.ofNationalId("024185000001")).isNotEqualTo(other.ofNationalId("024185000001"));
        assertThat(keys.ofNameBirthYearUnit("Hà  Thị LAN", 1985, "07360"))
                .isEqualTo(keys.ofNameBirthYearUnit("hà thị lan", 1985, "07360"))
                .isEqualTo(keys.ofNameBirthYearUnit(java.text.Normalizer.normalize("Hà Thị Lan", java.text.Normalizer.Form.NFD), 1985, "07360"))
                .isNotEqualTo(keys.ofNameBirthYearUnit("Hạ Thị Lan", 1985, "07360"));
    }

    @Test
    void idNumbersAreReadAsSpreadsheetsLeaveThem() {
        assertThat(NationalId.parse("024 185 000 001")).contains("024185000001");
        assertThat(NationalId.parse("24185000001")).contains("024185000001");
        assertThat(NationalId.parse("12345678")).contains("012345678");
        assertThat(NationalId.parse("12345")).isEmpty();
        assertThat(NationalId.parse("0241850000A1")).isEmpty();
    }
}
