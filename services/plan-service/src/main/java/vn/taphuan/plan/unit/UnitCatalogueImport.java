package vn.taphuan.plan.unit;

import org.springframework.stereotype.Service;
import vn.taphuan.kit.refusal.Catalogue;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Required;
import vn.taphuan.kit.sheet.SheetReader;
import vn.taphuan.kit.sheet.SheetReader.SheetRow;
import vn.taphuan.kit.sheet.SheetUpload;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the statistics office's catalogue of districts and communes (XLS, XLSX or CSV) into the registry: each unit
 * it lacks is defined — and announced, like any unit a platform administrator defines — and every row that cannot
 * be used is reported with its column and reason. Loading the same catalogue again defines nothing.
 */
@Service
public class UnitCatalogueImport {

    /** How far down a title may push the header row. */
    private static final int HEADER_SEARCH_ROWS = 10;
    /** Rows one catalogue may have: the whole country has about 10,600 communes, one row each. */
    static final int MAX_ROWS = 20_000;

    private final UnitRegistry registry;
    private final SheetReader sheets;

    UnitCatalogueImport(UnitRegistry registry, SheetReader sheets) {
        this.registry = registry;
        this.sheets = sheets;
    }

    /** What a load did: units defined by level, units already there, rows not used. */
    public record Report(int rows, int districtsDefined, int communesDefined, int alreadyKnown,
                         List<RejectedRow> rejected) {
    }

    /**
     * A row not used, as the report shows it: the words rendered from the reason, and its code for a client that
     * tells the cases apart.
     */
    public record RejectedRow(int row, String column, String message, String messageEn, String code) {

        static RejectedRow of(UnitCatalogue.RowProblem problem) {
            Catalogue words = Catalogue.shared();
            return new RejectedRow(problem.row(), problem.column(), words.render(problem.reason(), Catalogue.Language.VI),
                    words.render(problem.reason(), Catalogue.Language.EN), problem.reason().code());
        }
    }

    public Report load(String fileName, byte[] content) {
        try (SheetUpload sheet = sheets.read(fileName, content, MAX_ROWS)) {
            return load(sheet.rows());
        }
    }

    private Report load(List<SheetRow> rows) {
        Header header = header(rows);
        List<UnitCatalogue.RowProblem> problems = new ArrayList<>();
        List<UnitCatalogue.Entry> entries = new ArrayList<>();
        int dataRows = 0;
        for (SheetRow row : rows.subList(header.index() + 1, rows.size())) {
            if (!row.blank()) {
                dataRows++;
                entry(row, header.columns(), problems).ifPresent(entries::add);
            }
        }
        Map<String, AdministrativeUnit> provinces = new LinkedHashMap<>();
        Set<String> tenants = new LinkedHashSet<>();
        entries.stream().map(UnitCatalogue.Entry::provinceCode).distinct().forEach(code ->
                registry.find("P-" + code).filter(p -> p.definition().level() == UnitLevel.PROVINCE).ifPresent(p -> {
                    provinces.put(code, p);
                    tenants.add(p.definition().provinceTenantId());
                }));
        List<AdministrativeUnit> existing = tenants.isEmpty() ? List.of() : registry.ofProvinces(tenants);
        UnitCatalogue.Reading reading = UnitCatalogue.read(entries, provinces, existing);
        problems.addAll(reading.problems());

        int districts = 0;
        int communes = 0;
        for (UnitCatalogue.NewUnit unit : reading.units()) {
            try {
                registry.define(unit.code(), unit.definition());
                if (unit.definition().level() == UnitLevel.DISTRICT) {
                    districts++;
                } else {
                    communes++;
                }
            } catch (Refused refused) {
                problems.add(new UnitCatalogue.RowProblem(unit.row(), null, notDefined(unit, refused)));
            }
        }
        problems.sort(Comparator.comparingInt(UnitCatalogue.RowProblem::row));
        return new Report(dataRows, districts, communes, reading.alreadyKnown(),
                problems.stream().map(RejectedRow::of).toList());
    }

    /** The first bad field and why, else the refusal's own reason: what the report row says of a unit not defined. */
    private static CatalogueRowProblem notDefined(UnitCatalogue.NewUnit unit, Refused refused) {
        String name = unit.definition().name();
        return refused.violations().stream().findFirst()
                .<CatalogueRowProblem>map(v -> new CatalogueRowProblem.UnitNotDefinedForField(name, unit.code(),
                        v.field(), v.reason()))
                .orElseGet(() -> new CatalogueRowProblem.UnitNotDefined(name, unit.code(), refused.reason()));
    }

    private record Header(int index, Map<UnitCatalogue.Column, Integer> columns) {
    }

    /** The first row naming the province, district and commune codes and names; the whole file is refused without. */
    private static Header header(List<SheetRow> rows) {
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            Map<UnitCatalogue.Column, Integer> columns = new EnumMap<>(UnitCatalogue.Column.class);
            List<String> cells = rows.get(i).cells();
            for (int c = 0; c < cells.size(); c++) {
                int column = c;
                UnitCatalogue.Column.named(cells.get(c)).ifPresent(named -> columns.putIfAbsent(named, column));
            }
            if (columns.size() == UnitCatalogue.Column.values().length) {
                return new Header(i, columns);
            }
        }
        List<String> expected = Arrays.stream(UnitCatalogue.Column.values()).map(column -> column.shown).toList();
        throw Refused.invalid("file", new UnitRefusal.NoCatalogueHeader(expected));
    }

    private static Optional<UnitCatalogue.Entry> entry(SheetRow row, Map<UnitCatalogue.Column, Integer> columns,
                                                       List<UnitCatalogue.RowProblem> problems) {
        int before = problems.size();
        String province = code(row, columns, UnitCatalogue.Column.PROVINCE_CODE, 2, true, problems);
        String district = code(row, columns, UnitCatalogue.Column.DISTRICT_CODE, 3, true, problems);
        String districtName = text(row, columns, UnitCatalogue.Column.DISTRICT_NAME);
        String commune = code(row, columns, UnitCatalogue.Column.COMMUNE_CODE, 5, false, problems);
        String communeName = text(row, columns, UnitCatalogue.Column.COMMUNE_NAME);
        if (districtName == null) {
            problems.add(missing(row, UnitCatalogue.Column.DISTRICT_NAME));
        }
        if (commune != null && communeName == null) {
            problems.add(missing(row, UnitCatalogue.Column.COMMUNE_NAME));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new UnitCatalogue.Entry(row.number(), province, district, districtName, commune, communeName));
    }

    /** A code of digits, padded to its length (Excel drops the zeros of 07432); blank is missing if required. */
    private static String code(SheetRow row, Map<UnitCatalogue.Column, Integer> columns, UnitCatalogue.Column column,
                               int length, boolean required, List<UnitCatalogue.RowProblem> problems) {
        String value = text(row, columns, column);
        if (value == null) {
            if (required) {
                problems.add(missing(row, column));
            }
            return null;
        }
        if (!value.matches("\\d{1," + length + "}")) {
            problems.add(new UnitCatalogue.RowProblem(row.number(), column.shown,
                    new CatalogueRowProblem.NotADigitCode(length, value)));
            return null;
        }
        return "0".repeat(length - value.length()) + value;
    }

    private static String text(SheetRow row, Map<UnitCatalogue.Column, Integer> columns, UnitCatalogue.Column column) {
        String value = row.cell(columns.get(column));
        if (value == null || value.isBlank()) {
            return null;
        }
        return Normalizer.normalize(value.trim().replaceAll("\\s+", " "), Normalizer.Form.NFC);
    }

    private static UnitCatalogue.RowProblem missing(SheetRow row, UnitCatalogue.Column column) {
        return new UnitCatalogue.RowProblem(row.number(), column.shown, new Required());
    }
}
