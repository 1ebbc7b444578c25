package vn.taphuan.plan.unit;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdministrativeUnitTest {

    private static final LocalDate FROM = LocalDate.of(2008, 8, 1);
    private static final LocalDate END = LocalDate.of(2025, 6, 30);

    @Test
    void aCommuneNeedsAnExistingParentOfAHigherLevelAndASuccessorThatTakesOverTheNextDay() {
        UnitDefinition bad = new UnitDefinition("Xã Mới", "Mới", UnitLevel.COMMUNE, null, "X-SON-DONG-TUAN-DAO",
                "bac-ninh", FROM, END, "P-24", List.of());

        assertThatThrownBy(() -> AdministrativeUnit.define("X-SON-DONG-MOI", bad, UnitMother.registry()))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(fields(e)).containsExactlyInAnyOrder(
                        "parentCode", // a commune inside a commune
                        "provinceTenantId", // not the parent's province
                        "successorCode")); // Bắc Giang itself ended on 30 June 2025
    }

    @Test
    void aSuccessorMustExistFromTheDayAfterTheUnitEnded() {
        UnitDefinition early = new UnitDefinition("Xã Thử", "Thử", UnitLevel.COMMUNE, null, "H-SON-DONG", "bac-giang",
                FROM, LocalDate.of(2024, 6, 30), "X-BAC-NINH-TUAN-DAO", List.of());

        assertThatThrownBy(() -> AdministrativeUnit.define("X-SON-DONG-THU", early, UnitMother.registry()))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations()).containsExactly(Violation.of(
                        "successorCode", new UnitRefusal.SuccessorNotExisting(LocalDate.of(2024, 7, 1)))));
    }

    @Test
    void aUnitCannotOutliveItsParentNorHaveASuccessorWithoutEnding() {
        UnitDefinition outliving = new UnitDefinition("Xã Thử", "Thử", UnitLevel.COMMUNE, null, "H-SON-DONG", "bac-giang",
                FROM, null, "X-BAC-NINH-TUAN-DAO", List.of());

        assertThatThrownBy(() -> AdministrativeUnit.define("X-SON-DONG-THU", outliving, UnitMother.registry()))
                .isInstanceOfSatisfying(Refused.class,
                        e -> assertThat(fields(e)).containsExactlyInAnyOrder("validTo", "successorCode"));
    }

    @Test
    void classificationsApplyToCommunesOnlyAndTheirPeriodsMustNotOverlap() {
        ClassificationPeriod a = new ClassificationPeriod(CommuneClassification.REGION_III, LocalDate.of(2021, 1, 1),
                LocalDate.of(2025, 12, 31), null);
        ClassificationPeriod b = new ClassificationPeriod(CommuneClassification.REGION_II, LocalDate.of(2024, 1, 1), null, null);
        UnitDefinition overlapping = new UnitDefinition("Xã Thử", "Thử", UnitLevel.COMMUNE, null, "H-SON-DONG",
                "bac-giang", FROM, END, null, List.of(a, b));
        UnitDefinition province = new UnitDefinition("Tỉnh Thử", "Thử", UnitLevel.PROVINCE, "99", null, "thu", FROM,
                null, null, List.of(a));

        assertThatThrownBy(() -> AdministrativeUnit.define("X-SON-DONG-THU", overlapping, UnitMother.registry()))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(fields(e)).containsExactly("classifications"));
        assertThatThrownBy(() -> AdministrativeUnit.define("P-99", province, UnitMother.registry()))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(fields(e)).containsExactly("classifications"));
    }

    @Test
    void aRevisionAnnouncesTheUnitOnlyWhenSomethingChanged() {
        UnitDefinition tuanDao = UnitMother.unit("X-SON-DONG-TUAN-DAO");
        AdministrativeUnit unit = AdministrativeUnit.define("X-SON-DONG-TUAN-DAO", tuanDao, UnitMother.registry());

        assertThat(unit.revise(tuanDao, UnitMother.registry())).isEmpty();

        UnitDefinition renamed = new UnitDefinition("Xã Tuấn Đạo (sửa)", tuanDao.shortName(), tuanDao.level(),
                tuanDao.officialCode(), tuanDao.parentCode(), tuanDao.provinceTenantId(), tuanDao.validFrom(),
                tuanDao.validTo(), tuanDao.successorCode(), tuanDao.classifications());
        assertThat(unit.revise(renamed, UnitMother.registry())).singleElement()
                .satisfies(defined -> assertThat(defined.unit().definition().name()).isEqualTo("Xã Tuấn Đạo (sửa)"));
    }

    @Test
    void aBrokenOrCircularSuccessionStopsWhereItIs() {
        UnitDefinition a = new UnitDefinition("A", "A", UnitLevel.PROVINCE, null, null, "a", FROM, END, "P-B", List.of());
        UnitDefinition b = new UnitDefinition("B", "B", UnitLevel.PROVINCE, null, null, "b", FROM, END, "P-A", List.of());
        AdministrativeUnit.Units circular = code -> Optional.ofNullable(code.equals("P-A") ? a : code.equals("P-B") ? b : null);

        Succession.RollUp rollUp = Succession.rollUp("P-A", LocalDate.of(2026, 1, 1), circular).orElseThrow();

        assertThat(rollUp.chain()).containsExactly("P-A", "P-B");
        assertThat(rollUp.inForce()).isFalse();
        assertThat(Succession.rollUp("P-NONE", LocalDate.of(2026, 1, 1), circular)).isEmpty();
    }

    private static List<String> fields(Refused e) {
        return e.violations().stream().map(Violation::field).toList();
    }
}
