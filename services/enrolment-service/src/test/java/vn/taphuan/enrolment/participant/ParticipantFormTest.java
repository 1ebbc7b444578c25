package vn.taphuan.enrolment.participant;

import org.junit.jupiter.api.Test;
import vn.taphuan.enrolment.participant.ParticipantForm.Field;
import vn.taphuan.enrolment.reference.EthnicGroups;
import vn.taphuan.enrolment.reference.FakeUnits;
import vn.taphuan.enrolment.support.Units;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantFormTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 10);
    private static final ParticipantForm.Defaults COMMUNITY_CLASS = new ParticipantForm.Defaults("bac-giang",
            Units.AN_LAC, TargetGroup.COMMUNITY, null, DAY, DAY);
    private static final ParticipantForm.Defaults CADRE_CLASS = new ParticipantForm.Defaults("bac-giang",
            Units.AN_LAC, TargetGroup.CADRE, null, DAY, DAY);

    private final ParticipantForm form = new ParticipantForm(EthnicGroups.load(), new FakeUnits());

    @Test
    void whatOfficersWriteIsReadAndBlanksComeFromTheActivity() {
        ParticipantForm.Result read = form.read(new ParticipantForm.Raw("  Vàng  Thị\u00a0Mỷ ", "nữ", "12/05/1990",
                "h'mông", "Trưởng thôn", null, null, null, "24190000123"), COMMUNITY_CLASS);
        assertThat(read.problems()).isEmpty();
        ParticipantDetails d = read.details();
        assertThat(d.fullName()).isEqualTo("Vàng Thị Mỷ");
        assertThat(d.gender()).isEqualTo(Gender.FEMALE);
        assertThat(d.birthYear()).isEqualTo(1990);
        assertThat(d.ethnicityCode()).isEqualTo("08");
        assertThat(d.unitCode()).isEqualTo(Units.AN_LAC);
        assertThat(d.targetGroup()).isEqualTo(TargetGroup.COMMUNITY);
        assertThat(d.level()).isEqualTo(Level.COMMUNITY);
        assertThat(d.nationalId()).as("the leading zero Excel dropped is back").isEqualTo("024190000123");
    }

    @Test
    void aCadreTakesTheLevelOfTheirUnitAndUnitsAreFoundByNameWithOrWithoutTheirLevelWord() {
        ParticipantDetails byName = form.read(new ParticipantForm.Raw("Ma Văn Lợi", "Nam", "1978", "Tày", "Chủ tịch UBND xã",
                null, "Dương Hưu", null, null), CADRE_CLASS).details();
        assertThat(byName.unitCode()).isEqualTo(Units.DUONG_HUU);
        assertThat(byName.level()).isEqualTo(Level.COMMUNE);
        ParticipantDetails district = form.read(new ParticipantForm.Raw("Ma Văn Lợi", "Nam", "1978", "Tày", null,
                null, "huyện Sơn Động", "Cán bộ", null), CADRE_CLASS).details();
        assertThat(district.level()).isEqualTo(Level.DISTRICT);
        ParticipantDetails village = form.read(new ParticipantForm.Raw("Ma Văn Lợi", "Nam", "1978", "Tày", null,
                "Thôn", Units.AN_LAC, null, null), CADRE_CLASS).details();
        assertThat(village.level()).isEqualTo(Level.VILLAGE);
    }

    @Test
    void everyProblemOfARowIsReportedAtOnce() {
        ParticipantForm.Result read = form.read(new ParticipantForm.Raw("", "x", "năm ngoái", "Kinhh", null, "Bộ",
                Units.THANH_HOA_COMMUNE, "Khách", "12345"), COMMUNITY_CLASS);
        assertThat(read.problems()).extracting(ParticipantForm.Problem::field).containsExactly(Field.FULL_NAME,
                Field.GENDER, Field.BIRTH_YEAR, Field.ETHNICITY, Field.TARGET_GROUP, Field.UNIT, Field.LEVEL,
                Field.NATIONAL_ID);
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.reason()).isNotNull());
    }

    @Test
    void aUnitThatNoLongerExistsOnTheActivitysDatesNamesItsSuccessor() {
        LocalDate later = LocalDate.of(2023, 8, 1);
        ParticipantForm.Result read = form.read(new ParticipantForm.Raw("Ma Văn Lợi", "Nam", "1978", "Tày", null, null,
                "Long Sơn", null, null), new ParticipantForm.Defaults("bac-giang", Units.AN_LAC, TargetGroup.COMMUNITY,
                null, later, later));
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(Field.UNIT);
            assertThat(p.reason()).isInstanceOfSatisfying(vn.taphuan.enrolment.reference.UnitRefusal.UnitNotValidThenSucceededBy.class,
                    r -> assertThat(r.successorCode()).isEqualTo(Units.DUONG_HUU));
        });
    }
}
