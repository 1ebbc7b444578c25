package vn.taphuan.plan.unit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The seeded map is the one the reorganisation made: 63 provinces until 30 June 2025, 34 from 1 July. */
class SeedDataTest {

    private static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_NEW_DAY = LocalDate.of(2025, 7, 1);

    @Test
    void everySeededUnitSatisfiesTheRegistrysRules() {
        UnitMother.seeds().forEach((code, definition) -> assertThatCode(
                () -> AdministrativeUnit.define(code, definition, UnitMother.registry())).as(code).doesNotThrowAnyException());
    }

    @Test
    void thereAre63ProvincesBeforeTheReorganisationAnd34After() {
        assertThat(provincesOn(LAST_OLD_DAY)).hasSize(63);
        assertThat(provincesOn(FIRST_NEW_DAY)).hasSize(34);
        assertThat(provincesOn(LocalDate.of(2024, 12, 31))).contains("P-46").doesNotContain("P-46-2025");
        assertThat(provincesOn(LocalDate.of(2025, 1, 1))).contains("P-46-2025").doesNotContain("P-46");
    }

    @Test
    void everyProvinceOfThe63RollsUpToOneOfThe34() {
        Set<String> targets = provincesOn(LAST_OLD_DAY).stream()
                .map(code -> Succession.rollUp(code, FIRST_NEW_DAY, UnitMother.registry()).orElseThrow())
                .peek(rollUp -> assertThat(rollUp.inForce()).as(rollUp.chain().toString()).isTrue())
                .map(Succession.RollUp::unitCode).collect(Collectors.toSet());

        assertThat(targets).containsExactlyInAnyOrderElementsOf(provincesOn(FIRST_NEW_DAY));
    }

    @Test
    void bacGiangAndBacNinhBecameTheNewBacNinhAndTheDistrictsOfThePlanFollow() {
        assertThat(rollUp("P-24", FIRST_NEW_DAY)).containsExactly("P-24", "P-24-2025");
        assertThat(rollUp("P-27", FIRST_NEW_DAY)).containsExactly("P-27", "P-24-2025");
        assertThat(UnitMother.unit("P-24-2025").provinceTenantId()).isEqualTo("bac-ninh");
        assertThat(UnitMother.unit("P-24-2025").officialCode()).isEqualTo("24");
        for (String district : List.of("H-SON-DONG", "H-LUC-NGAN", "H-LUC-NAM", "H-YEN-THE", "H-LANG-GIANG")) {
            UnitDefinition d = UnitMother.unit(district);
            assertThat(d.level()).isEqualTo(UnitLevel.DISTRICT);
            assertThat(d.parentCode()).isEqualTo("P-24");
            assertThat(d.provinceTenantId()).isEqualTo("bac-giang");
            assertThat(rollUp(district, FIRST_NEW_DAY)).containsExactly(district, "P-24-2025");
        }
    }

    @Test
    void aCommuneRollsUpThroughEveryReorganisationItWentThrough() {
        assertThat(rollUp("X-LUC-NGAN-BIEN-DONG", LocalDate.of(2024, 6, 1))).containsExactly("X-LUC-NGAN-BIEN-DONG");
        assertThat(rollUp("X-LUC-NGAN-BIEN-DONG", LocalDate.of(2025, 3, 1)))
                .containsExactly("X-LUC-NGAN-BIEN-DONG", "X-LUC-NGAN-TT-BIEN-DONG");
        assertThat(rollUp("X-LUC-NGAN-BIEN-DONG", LocalDate.of(2026, 1, 1)))
                .containsExactly("X-LUC-NGAN-BIEN-DONG", "X-LUC-NGAN-TT-BIEN-DONG", "X-BAC-NINH-BIEN-DONG");
        assertThat(rollUp("X-SON-DONG-TUAN-DAO", FIRST_NEW_DAY)).containsExactly("X-SON-DONG-TUAN-DAO", "X-BAC-NINH-TUAN-DAO");
    }

    @Test
    void aCommunesClassificationIsKeptPerPeriod() {
        UnitDefinition tuanDao = UnitMother.unit("X-SON-DONG-TUAN-DAO");
        assertThat(classificationOn(tuanDao, LocalDate.of(2018, 1, 1))).isEqualTo(CommuneClassification.ESPECIALLY_DIFFICULT);
        assertThat(classificationOn(tuanDao, LocalDate.of(2023, 1, 1))).isEqualTo(CommuneClassification.REGION_III);
        assertThat(new AdministrativeUnit.Defined(AdministrativeUnit.define("X-SON-DONG-TUAN-DAO", tuanDao,
                UnitMother.registry())).unit().latestClassification()).contains(CommuneClassification.REGION_III);
    }

    private static List<String> rollUp(String code, LocalDate on) {
        return Succession.rollUp(code, on, UnitMother.registry()).orElseThrow().chain();
    }

    private static CommuneClassification classificationOn(UnitDefinition unit, LocalDate on) {
        return unit.classifications().stream().filter(p -> p.appliesOn(on)).findFirst().orElseThrow().classification();
    }

    private static List<String> provincesOn(LocalDate day) {
        return UnitMother.seeds().entrySet().stream()
                .filter(e -> e.getValue().level() == UnitLevel.PROVINCE && e.getValue().existsOn(day))
                .map(Map.Entry::getKey).toList();
    }
}
