package vn.taphuan.reporting.units;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2025 reorganisation on a small map: Bắc Giang (with the district Sơn Động and its communes An Châu and Tuấn
 * Đạo, and the village Bản Chào of An Châu) merged into Bắc Ninh on 2025-07-01; districts were abolished; An Châu and
 * Tuấn Đạo merged into the new commune Sơn Động.
 */
class UnitDirectoryTest {

    static final LocalDate REFORM = LocalDate.parse("2025-07-01");
    static final LocalDate LAST_DAY = LocalDate.parse("2025-06-30");
    static final LocalDate BEFORE = LocalDate.parse("2024-12-31");
    static final LocalDate AFTER = LocalDate.parse("2025-09-15");

    static UnitDirectory map() {
        List<AdministrativeUnit> units = List.of(
                unit("24", "tỉnh Bắc Giang", UnitLevel.PROVINCE, null, LAST_DAY, "27"),
                unit("27", "tỉnh Bắc Ninh", UnitLevel.PROVINCE, null, null, null),
                unit("24-son-dong", "huyện Sơn Động", UnitLevel.DISTRICT, "24", LAST_DAY, null),
                unit("24-an-chau", "xã An Châu", UnitLevel.COMMUNE, "24-son-dong", LAST_DAY, "27-son-dong"),
                unit("24-tuan-dao", "xã Tuấn Đạo", UnitLevel.COMMUNE, "24-son-dong", LAST_DAY, "27-son-dong"),
                unit("24-ban-chao", "bản Chào", UnitLevel.VILLAGE, "24-an-chau", null, null),
                unit("27-son-dong", "xã Sơn Động", UnitLevel.COMMUNE, "27", null, null),
                unit("loop-a", "a", UnitLevel.COMMUNE, null, LAST_DAY, "loop-b"),
                unit("loop-b", "b", UnitLevel.COMMUNE, null, LAST_DAY, "loop-a"));
        return new UnitDirectory(units.stream().collect(Collectors.toMap(AdministrativeUnit::code, Function.identity())));
    }

    static AdministrativeUnit unit(String code, String name, UnitLevel level, String parent, LocalDate validTo,
                                   String successor) {
        return new AdministrativeUnit(code, name, level, parent, "bac-giang", LocalDate.parse("2008-01-01"), validTo,
                successor, null);
    }

    @Test
    void aMergedCommuneCountsForItsSuccessorFromTheDayItCeased() {
        assertThat(map().current("24-an-chau", AFTER)).map(AdministrativeUnit::code).contains("27-son-dong");
        assertThat(map().current("24-an-chau", REFORM)).map(AdministrativeUnit::code).contains("27-son-dong");
        assertThat(map().current("24-an-chau", LAST_DAY)).map(AdministrativeUnit::code).contains("24-an-chau");
        assertThat(map().current("24-an-chau", BEFORE)).map(AdministrativeUnit::code).contains("24-an-chau");
    }

    @Test
    void anAbolishedDistrictHandsItsResultsToItsParentsSuccessor() {
        assertThat(map().current("24-son-dong", AFTER)).map(AdministrativeUnit::code).contains("27");
    }

    @Test
    void resultsBelowTheLevelAskedForCountForTheUnitAbove() {
        assertThat(map().rollUp("24-ban-chao", UnitLevel.COMMUNE, AFTER)).map(AdministrativeUnit::code)
                .contains("27-son-dong");
        assertThat(map().rollUp("24-an-chau", UnitLevel.DISTRICT, BEFORE)).map(AdministrativeUnit::code)
                .contains("24-son-dong");
        assertThat(map().rollUp("24-an-chau", UnitLevel.PROVINCE, AFTER)).map(AdministrativeUnit::code).contains("27");
    }

    @Test
    void anUnknownCodeStaysUnknownAndACycleOfSuccessorsEnds() {
        assertThat(map().rollUp("no-such-unit", UnitLevel.COMMUNE, AFTER)).isEmpty();
        assertThat(map().current("loop-a", AFTER)).isPresent();
    }

    @Test
    void theBreakdownCountsEachResultOnceUnderTheUnitThatTookItOver() {
        List<UnitBreakdown.Completion> completions = List.of(
                new UnitBreakdown.Completion("p1", "24-an-chau", true, true),
                new UnitBreakdown.Completion("p1", "24-tuan-dao", true, true),
                new UnitBreakdown.Completion("p2", "24-tuan-dao", false, true),
                new UnitBreakdown.Completion("p3", "24-son-dong", false, false),
                new UnitBreakdown.Completion("p4", "xyz", true, false));
        List<UnitBreakdown.UnitRow> rows = UnitBreakdown.of(map(), UnitLevel.COMMUNE, AFTER, completions,
                List.of("24-an-chau", "24-tuan-dao", "24-ban-chao"));

        Map<String, UnitBreakdown.UnitRow> byCode = rows.stream()
                .collect(Collectors.toMap(UnitBreakdown.UnitRow::unitCode, Function.identity()));
        UnitBreakdown.UnitRow sonDong = byCode.get("27-son-dong");
        assertThat(sonDong.name()).isEqualTo("xã Sơn Động");
        assertThat(sonDong.parentName()).isEqualTo("tỉnh Bắc Ninh");
        assertThat(sonDong.recordedUnitCodes()).containsExactly("24-an-chau", "24-ban-chao", "24-tuan-dao");
        assertThat(sonDong.activitiesHeld()).isEqualTo(3);
        assertThat(sonDong.personTurns()).isEqualTo(3);
        assertThat(sonDong.uniquePersons()).isEqualTo(2);
        assertThat(sonDong.women()).isEqualTo(2);
        assertThat(sonDong.womenShare()).isEqualByComparingTo("66.7");
        assertThat(sonDong.ethnicMinority()).isEqualTo(3);
        assertThat(byCode.get("27").personTurns()).isEqualTo(1);
        assertThat(byCode.get("xyz").known()).isFalse();
        assertThat(rows.get(0).unitCode()).isEqualTo("27-son-dong");

        List<UnitBreakdown.UnitRow> before = UnitBreakdown.of(map(), UnitLevel.DISTRICT, BEFORE, completions, List.of());
        assertThat(before).extracting(UnitBreakdown.UnitRow::unitCode).startsWith("24-son-dong");
        assertThat(before.get(0).personTurns()).isEqualTo(4);
    }

    @Test
    void aUnitsLineageHoldsItsParentsAndSuccessorsOnEveryMapAndEndsOnLoops() {
        // a village of An Châu is in the district Sơn Động (2024 map) and the new commune Sơn Động (2025 map)
        assertThat(map().lineage("24-ban-chao")).containsExactlyInAnyOrder("24-ban-chao", "24-an-chau", "24-son-dong",
                "27-son-dong", "24", "27");
        assertThat(map().lineage("27-son-dong")).containsExactlyInAnyOrder("27-son-dong", "27");
        assertThat(map().lineage("loop-a")).containsExactlyInAnyOrder("loop-a", "loop-b");
        assertThat(map().lineage("not-defined")).containsExactly("not-defined");
    }
}
