package vn.taphuan.plan.unit;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the statistics office's catalogue against what the registry already has. */
class UnitCatalogueTest {

    private static final LocalDate MAP_BEGINS = LocalDate.of(2008, 8, 1);

    private static final AdministrativeUnit LAO_CAI = seeded("P-10");
    private static final AdministrativeUnit HA_NOI = seeded("P-01");
    private static final AdministrativeUnit HUE = seeded("P-46");
    private static final AdministrativeUnit BAC_GIANG = seeded("P-24");
    private static final AdministrativeUnit SON_DONG = seeded("H-SON-DONG");
    private static final AdministrativeUnit TUAN_DAO = seeded("X-SON-DONG-TUAN-DAO");

    private static final Map<String, AdministrativeUnit> PROVINCES =
            Map.of("10", LAO_CAI, "01", HA_NOI, "46", HUE, "24", BAC_GIANG);

    @Test
    void districtsAndCommunesAreDefinedUnderTheirProvinceUntilTheDistrictLevelEndedRollingUpToTheNewProvince() {
        UnitCatalogue.Reading reading = UnitCatalogue.read(List.of(
                entry(2, "10", "082", "Huyện Bát Xát", "02659", "Thị trấn Bát Xát"),
                entry(3, "10", "082", "Huyện Bát Xát", "02662", "Xã A Mú Sung"),
                entry(4, "10", "080", "Thành phố Lào Cai", "02602", "Phường Duyên Hải")), PROVINCES, List.of());

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.units()).extracting(UnitCatalogue.NewUnit::code)
                .containsExactly("H-082", "H-080", "X-02659", "X-02662", "X-02602");
        UnitDefinition batXat = reading.units().get(0).definition();
        assertThat(batXat.name()).isEqualTo("Huyện Bát Xát");
        assertThat(batXat.shortName()).isEqualTo("Bát Xát");
        assertThat(batXat.officialCode()).isEqualTo("082");
        assertThat(batXat.parentCode()).isEqualTo("P-10");
        assertThat(batXat.provinceTenantId()).isEqualTo("lao-cai");
        assertThat(batXat.validFrom()).isEqualTo(MAP_BEGINS);
        assertThat(batXat.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(batXat.successorCode()).isEqualTo("P-15-2025");
        UnitDefinition aMuSung = reading.units().get(3).definition();
        assertThat(aMuSung.level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(aMuSung.shortName()).isEqualTo("A Mú Sung");
        assertThat(aMuSung.parentCode()).isEqualTo("H-082");
        assertThat(reading.units().get(2).definition().shortName()).isEqualTo("Bát Xát");
    }

    @Test
    void aProvinceThatGoesOnKeepsTheResultsOfItsDistrictsAndOneThatEndedEarlierEndsThemWithIt() {
        UnitCatalogue.Reading reading = UnitCatalogue.read(List.of(
                entry(2, "01", "001", "Quận Ba Đình", "00001", "Phường Phúc Xá"),
                entry(3, "46", "474", "Huyện Phong Điền", "19753", "Thị trấn Phong Điền")), PROVINCES, List.of());

        UnitDefinition baDinh = reading.units().get(0).definition();
        assertThat(baDinh.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(baDinh.successorCode()).as("Hà Nội goes on: it takes its districts' results").isEqualTo("P-01");
        UnitDefinition phongDien = reading.units().get(1).definition();
        assertThat(phongDien.validTo()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(phongDien.successorCode()).isEqualTo("P-46-2025");
    }

    @Test
    void unitsTheRegistryHasAreKeptByOfficialCodeOrByNameInTheirDistrictSoALoadOverTheSeedAddsOnlyWhatIsMissing() {
        UnitCatalogue.Reading reading = UnitCatalogue.read(List.of(
                entry(2, "24", "220", "Huyện Sơn Động", "07432", "Xã Tuấn Đạo"),
                entry(3, "24", "220", "Huyện Sơn Động", "07435", "Xã An Lập")),
                PROVINCES, List.of(BAC_GIANG, SON_DONG, TUAN_DAO));

        assertThat(reading.alreadyKnown()).as("Sơn Động and Tuấn Đạo").isEqualTo(2);
        assertThat(reading.units()).singleElement().satisfies(anLap -> {
            assertThat(anLap.code()).isEqualTo("X-07435");
            assertThat(anLap.definition().parentCode()).as("under the seeded district").isEqualTo("H-SON-DONG");
        });
    }

    @Test
    void anUnknownProvinceADistrictCodeNamedTwoWaysAndARepeatedCommuneAreReportedByRowAndColumn() {
        UnitCatalogue.Reading reading = UnitCatalogue.read(List.of(
                entry(2, "99", "900", "Huyện Không Có", "99999", "Xã Không Có"),
                entry(3, "10", "082", "Huyện Bát Xát", "02659", "Thị trấn Bát Xát"),
                entry(4, "10", "082", "Huyện Bát Sát", "02662", "Xã A Mú Sung"),
                entry(5, "10", "082", "Huyện Bát Xát", "02659", "Thị trấn Bát Xát")), PROVINCES, List.of());

        assertThat(reading.problems()).extracting(UnitCatalogue.RowProblem::row, UnitCatalogue.RowProblem::column)
                .containsExactly(Tuple.tuple(2, "Mã TP"),
                        Tuple.tuple(4, "Quận Huyện"),
                        Tuple.tuple(5, "Mã PX"));
        assertThat(reading.problems()).extracting(UnitCatalogue.RowProblem::reason).containsExactly(
                new CatalogueRowProblem.NoProvinceCoded("99"),
                new CatalogueRowProblem.DistrictCodeNamedOtherwise("082", "Huyện Bát Xát", "3"),
                new CatalogueRowProblem.CommuneCodeRepeated("02659", "3"));
        assertThat(reading.units()).extracting(UnitCatalogue.NewUnit::code).containsExactly("H-082", "X-02659");
    }

    @Test
    void headersAreRecognisedInTheSpellingsOfTheExportsAndNamesLoseTheirKind() {
        assertThat(UnitCatalogue.Column.named("Mã QH")).contains(UnitCatalogue.Column.DISTRICT_CODE);
        assertThat(UnitCatalogue.Column.named(" MÃ  PX ")).contains(UnitCatalogue.Column.COMMUNE_CODE);
        assertThat(UnitCatalogue.Column.named("Quận / Huyện")).contains(UnitCatalogue.Column.DISTRICT_NAME);
        assertThat(UnitCatalogue.Column.named("Tên Tiếng Anh")).isEmpty();
        assertThat(UnitCatalogue.shortName("Thị xã Sa Pa")).isEqualTo("Sa Pa");
        assertThat(UnitCatalogue.shortName("Phường 1")).isEqualTo("1");
        assertThat(UnitCatalogue.shortName("Xã")).isEqualTo("Xã");
    }

    private static UnitCatalogue.Entry entry(int row, String province, String districtCode, String district,
                                             String communeCode, String commune) {
        return new UnitCatalogue.Entry(row, province, districtCode, district, communeCode, commune);
    }

    /** A unit of the registry's seed, as the registry holds it. */
    private static AdministrativeUnit seeded(String code) {
        return AdministrativeUnit.define(code, UnitMother.unit(code), UnitMother.registry());
    }
}
