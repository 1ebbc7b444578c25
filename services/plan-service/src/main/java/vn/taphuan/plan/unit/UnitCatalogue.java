package vn.taphuan.plan.unit;

import vn.taphuan.kit.refusal.Reason;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The national catalogue of districts and communes as the statistics office publishes it (one row a commune:
 * {@code Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp}) — the map before 1 July 2025, when the
 * district level ended. Reading it tells which units the registry lacks: a district or commune the registry already
 * has (same official code, or a commune of the same name in the same district, as the seeded Bắc Giang ones) is
 * kept as it is, so loading the catalogue twice, or over the seed, defines nothing twice.
 *
 * <p>What the catalogue cannot say is filled in by the rules the seed follows: a unit exists from its province's
 * first day; districts and communes end on 30/6/2025 (or when their province ended, if earlier), and their results
 * roll up to the province that took over — the commune-to-commune mapping of 2025 is another document.
 */
final class UnitCatalogue {

    /** The last day of the district level (Nghị quyết 202/2025/QH15 and the 2025 reorganisation). */
    static final LocalDate DISTRICTS_ENDED = LocalDate.of(2025, 6, 30);

    /** The catalogue's columns, as the statistics office's export names them (other spellings are accepted). */
    enum Column {
        PROVINCE_CODE("Mã TP", "mã tp", "mã tỉnh", "mã tỉnh thành phố"),
        DISTRICT_NAME("Quận Huyện", "quận huyện", "huyện", "tên quận huyện", "tên huyện"),
        DISTRICT_CODE("Mã QH", "mã qh", "mã huyện", "mã quận huyện"),
        COMMUNE_NAME("Phường Xã", "phường xã", "xã", "tên phường xã", "tên xã"),
        COMMUNE_CODE("Mã PX", "mã px", "mã xã", "mã phường xã");

        final String shown;
        final Set<String> spellings;

        Column(String shown, String... spellings) {
            this.shown = shown;
            this.spellings = Set.of(spellings);
        }

        /** The column a header cell names, if any: "Mã QH", "MÃ QH", "Quận / Huyện" … */
        static Optional<Column> named(String header) {
            String key = normalised(header);
            for (Column column : values()) {
                if (column.spellings.contains(key)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    /** One row of the catalogue, its codes padded as the state writes them (24, 220, 07432). */
    record Entry(int row, String provinceCode, String districtCode, String districtName, String communeCode,
                 String communeName) {
    }

    /** A unit the registry lacks, with the first row that named it. */
    record NewUnit(int row, String code, UnitDefinition definition) {
    }

    /** A row, or a cell of it, that cannot be used, and why; the rest of the catalogue still is. */
    record RowProblem(int row, String column, Reason reason) {
    }

    /** What the catalogue adds: districts first, so that every commune's district exists before it. */
    record Reading(List<NewUnit> units, int alreadyKnown, List<RowProblem> problems) {
    }

    /**
     * Reads the entries against the provinces (by code, {@code 24} → the unit {@code P-24}) and the units the
     * registry already has in them.
     */
    static Reading read(List<Entry> entries, Map<String, AdministrativeUnit> provincesByCode,
                        List<AdministrativeUnit> existing) {
        Map<String, String> districtByOfficialCode = new HashMap<>();
        Map<String, String> communeByOfficialCode = new HashMap<>();
        Map<String, String> communeByDistrictAndName = new HashMap<>();
        for (AdministrativeUnit unit : existing) {
            UnitDefinition d = unit.definition();
            if (d.level() == UnitLevel.DISTRICT && d.officialCode() != null) {
                districtByOfficialCode.put(d.officialCode(), unit.code());
            } else if (d.level() == UnitLevel.COMMUNE) {
                if (d.officialCode() != null) {
                    communeByOfficialCode.put(d.officialCode(), unit.code());
                }
                communeByDistrictAndName.put(d.parentCode() + "|" + normalised(d.shortName()), unit.code());
            }
        }
        Map<String, NewUnit> districts = new LinkedHashMap<>();
        Map<String, NewUnit> communes = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        List<RowProblem> problems = new ArrayList<>();
        for (Entry entry : entries) {
            AdministrativeUnit province = provincesByCode.get(entry.provinceCode());
            if (province == null) {
                problems.add(new RowProblem(entry.row(), Column.PROVINCE_CODE.shown,
                        new CatalogueRowProblem.NoProvinceCoded(entry.provinceCode())));
                continue;
            }
            UnitDefinition p = province.definition();
            LocalDate validTo = p.validTo() != null && p.validTo().isBefore(DISTRICTS_ENDED) ? p.validTo() : DISTRICTS_ENDED;
            String successor = p.successorCode() != null ? p.successorCode() : province.code();

            String districtUnit = districtByOfficialCode.get(entry.districtCode());
            if (districtUnit != null) {
                known.add("H|" + entry.districtCode());
            } else {
                NewUnit seen = districts.get(entry.districtCode());
                if (seen != null && !seen.definition().name().equals(entry.districtName())) {
                    problems.add(new RowProblem(entry.row(), Column.DISTRICT_NAME.shown,
                            new CatalogueRowProblem.DistrictCodeNamedOtherwise(entry.districtCode(),
                                    seen.definition().name(), String.valueOf(seen.row()))));
                    continue;
                }
                districtUnit = "H-" + entry.districtCode();
                if (seen == null) {
                    districts.put(entry.districtCode(), new NewUnit(entry.row(), districtUnit, new UnitDefinition(
                            entry.districtName(), shortName(entry.districtName()), UnitLevel.DISTRICT,
                            entry.districtCode(), province.code(), p.provinceTenantId(), p.validFrom(), validTo,
                            successor, List.of())));
                }
            }
            if (entry.communeCode() == null) {
                continue; // a district listed without communes
            }
            String communeUnit = communeByOfficialCode.getOrDefault(entry.communeCode(),
                    communeByDistrictAndName.get(districtUnit + "|" + normalised(shortName(entry.communeName()))));
            if (communeUnit != null || known.contains("X|" + entry.communeCode())) {
                known.add("X|" + entry.communeCode());
                continue;
            }
            if (communes.containsKey(entry.communeCode())) {
                problems.add(new RowProblem(entry.row(), Column.COMMUNE_CODE.shown,
                        new CatalogueRowProblem.CommuneCodeRepeated(entry.communeCode(),
                                String.valueOf(communes.get(entry.communeCode()).row()))));
                continue;
            }
            communes.put(entry.communeCode(), new NewUnit(entry.row(), "X-" + entry.communeCode(), new UnitDefinition(
                    entry.communeName(), shortName(entry.communeName()), UnitLevel.COMMUNE, entry.communeCode(),
                    districtUnit, p.provinceTenantId(), p.validFrom(), validTo, successor, List.of())));
        }
        List<NewUnit> units = new ArrayList<>(districts.values());
        units.addAll(communes.values());
        return new Reading(units, known.size(), problems);
    }

    /** The name without its kind, as plans write it: "Huyện Sơn Động" → "Sơn Động", "Thị trấn An Châu" → "An Châu". */
    static String shortName(String name) {
        String trimmed = name.trim();
        for (String kind : List.of("Thành phố", "Thị xã", "Thị trấn", "Quận", "Huyện", "Phường", "Xã", "Đặc khu")) {
            if (trimmed.regionMatches(true, 0, kind + " ", 0, kind.length() + 1) && trimmed.length() > kind.length() + 1) {
                return trimmed.substring(kind.length() + 1).trim();
            }
        }
        return trimmed;
    }

    /** NFC, lower case, punctuation and repeated spaces out: "Quận / Huyện" → "quận huyện". */
    static String normalised(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return nfc.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private UnitCatalogue() {
    }
}
