package vn.taphuan.plan.importing;

import org.junit.jupiter.api.Test;
import vn.taphuan.plan.legal.LegalBasis;
import vn.taphuan.plan.plan.FundingAmount;
import vn.taphuan.plan.plan.PlanContent;
import vn.taphuan.plan.plan.ResponsibleBody;
import vn.taphuan.plan.plan.TargetLine;
import vn.taphuan.plan.programme.ProgrammeMother;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import measured on a corpus of real published plans and plan reports that the parser was not written from
 * ({@code src/test/resources/corpus}): each text keeps its source address and says whether it is an excerpt, each has
 * a hand-checked gold file of what the import should read. Per field, precision (of what was read, how much is right)
 * and recall (of what the text states, how much was read) are printed and held to floors set from the measured
 * score, so a change that makes the import read worse fails here.
 * <p>
 * {@code tuned/} are the documents the rules were improved on; {@code untuned/} were set aside before any rule was
 * changed and only measured, so their score says how the import does on a plan it has never seen.
 */
class ImportCorpusTest {

    private static final List<String> TUNED = List.of(
            "quang-binh-2016-1956-rural-vocational",
            "ba-ria-vung-tau-2023-387-lifelong-learning",
            "ba-thuoc-2020-p135-report",
            "ba-ria-vung-tau-2022-ntm-cadre-training",
            "phu-tho-dtts-ethnic-knowledge-report",
            "bo-noi-vu-2012-lecturer-training-plan",
            "tuyen-quang-2022-agricultural-vocational",
            "vinh-long-2014-lifelong-learning",
            // held out at first; moved here when its misses (a number broken by a space, a shortened citation of a
            // basis) were fixed, so the held-out part stays one no rule was written from
            "lai-chau-2023-rural-vocational");

    private static final List<String> UNTUNED = List.of(
            "tra-vinh-ethnic-prestigious-persons",
            "bac-binh-district-learning-citizens",
            "ninh-thuan-2019-ethnic-affairs-training",
            // added after the rules were written, measured only: a report of results, where nothing is to be read
            "hoa-binh-community-learning-centres-report",
            // commune level, found and added after the rules of issue 18's second round, measured only: reports of a
            // ward's class and of a commune's meeting on its own portal
            "bo-de-ward-2021-defence-knowledge-class",
            "hung-loc-commune-legal-education-meeting");

    private final PlanTextParser parser = new PlanTextParser();
    /** What an import sees on the platform: the seeded catalogue; no units (the documents are of many provinces). */
    private final ParsingContext context = new ParsingContext(ProgrammeMother.seededCatalogue(), null, List.of());

    @Test
    void theTunedDocumentsAreReadUpToTheirMeasuredScore() {
        Score score = score("tuned", TUNED);
        assertThat(score.precision()).as("precision, tuned").isGreaterThanOrEqualTo(0.98);
        assertThat(score.recall()).as("recall, tuned").isGreaterThanOrEqualTo(0.93);
        assertThat(score.precision(PARTS)).as("precision of the new parts, tuned").isGreaterThanOrEqualTo(0.99);
        assertThat(score.recall(PARTS)).as("recall of the new parts, tuned").isGreaterThanOrEqualTo(0.91);
    }

    @Test
    void theUntunedDocumentsAreReadUpToTheirMeasuredScore() {
        Score score = score("untuned", UNTUNED);
        assertThat(score.precision()).as("precision, untuned").isGreaterThanOrEqualTo(0.54);
        // 0.50 on the first four; the two commune-level reports added since are read for none of their 4 values
        assertThat(score.recall()).as("recall, untuned").isGreaterThanOrEqualTo(0.36);
        // the untuned texts state none of the new parts but shares of another kind: this is mostly precision
        assertThat(score.precision(PARTS)).as("precision of the new parts, untuned").isGreaterThanOrEqualTo(0.79);
        assertThat(score.recall(PARTS)).as("recall of the new parts, untuned").isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void everyDocumentKeepsItsSourceAndEveryGoldFileReadsAsFields() {
        for (String part : List.of("tuned", "untuned")) {
            for (String name : part.equals("tuned") ? TUNED : UNTUNED) {
                String raw = ImportMother.text("corpus/" + part + "/" + name + ".txt");
                assertThat(raw).as(name).startsWith("# source: http").contains("\n---\n");
                // a gold file may hold no field (a report of results only), but then it says why
                String goldFile = ImportMother.text("corpus/" + part + "/" + name + ".gold");
                assertThat(goldFile).as(name).startsWith("# hand-checked");
                assertThat(gold(part, name)).as(name).allSatisfy((field, values) ->
                        assertThat(FIELDS).as(name).contains(field));
            }
        }
    }

    /** The fields scored, as the gold files name them. */
    static final List<String> FIELDS = List.of("programme", "issuer", "issuerLevel", "documentNumber", "documentDate",
            "periodStart", "periodEnd", "legalBasis", "target", "cumulativeTarget", "otherTarget", "fundingSource",
            "sourceWithoutAmount", "body", "signer", "signerTitle");
    /** The document parts scored since issue 18's second round, also held to floors of their own. */
    static final List<String> PARTS = List.of("issuerLevel", "cumulativeTarget", "otherTarget", "sourceWithoutAmount",
            "signer", "signerTitle");

    private Score score(String part, List<String> names) {
        Score total = new Score();
        for (String name : names) {
            String raw = ImportMother.text("corpus/" + part + "/" + name + ".txt");
            ParsedPlan parsed = parser.parse(body(raw), context);
            Map<String, Set<String>> read = read(parsed);
            Map<String, Set<String>> gold = gold(part, name);
            for (String field : FIELDS) {
                Set<String> expected = gold.getOrDefault(field, Set.of());
                Set<String> actual = read.getOrDefault(field, Set.of());
                total.count(field, expected, actual);
                if (!expected.equals(actual)) {
                    System.out.printf("  %-8s %-45s %-13s missed %s, wrong %s%n", part, name, field,
                            minus(expected, actual), minus(actual, expected));
                }
            }
        }
        System.out.println(total.table("Import corpus, " + part + " (" + names.size() + " documents)"));
        return total;
    }

    /** What the import read, in the gold files' terms. */
    static Map<String, Set<String>> read(ParsedPlan parsed) {
        PlanContent draft = parsed.draft();
        Map<String, Set<String>> read = new LinkedHashMap<>();
        put(read, "programme", draft.programmeCode());
        put(read, "issuer", draft.issuingBody());
        put(read, "issuerLevel", draft.issuerLevel());
        put(read, "documentNumber", draft.documentNumber());
        put(read, "documentDate", draft.documentDate());
        put(read, "periodStart", draft.periodStart());
        put(read, "periodEnd", draft.periodEnd());
        draft.legalBases().stream().map(LegalBasis::number).forEach(n -> put(read, "legalBasis", n));
        for (TargetLine line : draft.targetLines()) {
            if (line.plannedActivities() > 0) {
                put(read, "target", "activities " + line.plannedActivities());
            }
            if (line.plannedPersonTurns() > 0) {
                put(read, "target", "personTurns " + line.plannedPersonTurns());
            }
            if (line.coverage() != null) {
                put(read, "target", "coverage " + line.coverage().percent() + "%");
            }
            if (line.cumulativeByYear() != null) {
                // the line's first figure, to be reached by the year: "personTurns 500 by 2024"
                String figure = line.plannedPersonTurns() > 0 ? "personTurns " + line.plannedPersonTurns()
                        : "activities " + line.plannedActivities();
                put(read, "cumulativeTarget", figure + " by " + line.cumulativeByYear());
            }
        }
        // targets of another kind are kept with the plan: a share as "40%", a count as "5 nhà văn hóa"
        draft.otherTargets().stream().filter(o -> o.quantity() != null)
                .map(o -> o.quantity().stripTrailingZeros().toPlainString() + ("%".equals(o.unit()) ? "%" : " " + o.unit()))
                .forEach(target -> put(read, "otherTarget", target));
        draft.budgetBySource().stream().map(FundingAmount::source).forEach(s -> put(read, "fundingSource", s));
        // sources named without an amount are kept with the plan beside those with one, scored on their own
        draft.sourcesWithoutAmount().forEach(s -> put(read, "sourceWithoutAmount", s));
        put(read, "signer", draft.signer());
        put(read, "signerTitle", draft.signerTitle());
        draft.responsibleBodies().stream().map(ResponsibleBody::name).forEach(n -> put(read, "body", n));
        return normalised(read);
    }

    private static void put(Map<String, Set<String>> values, String field, Object value) {
        if (value != null) {
            values.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(String.valueOf(value));
        }
    }

    /** The text after its provenance header. */
    private static String body(String raw) {
        return raw.substring(raw.indexOf("\n---\n") + 5);
    }

    private static Map<String, Set<String>> gold(String part, String name) {
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        for (String line : ImportMother.text("corpus/" + part + "/" + name + ".gold").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            put(gold, line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return normalised(gold);
    }

    private static Map<String, Set<String>> normalised(Map<String, Set<String>> values) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        values.forEach((field, set) -> set.forEach(v -> put(out, field, normal(field, v))));
        return out;
    }

    /**
     * One spelling for the same value: NFC, case, spaces, the two spellings of Ủy/Uỷ and the abbreviation UBND; an
     * issuer is the body, whoever signs for it (Chủ tịch UBND tỉnh X and UBND tỉnh X issue the same document).
     */
    static String normal(String field, String value) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .trim().replace("uỷ", "ủy").replace("ủy ban nhân dân", "ubnd");
        if (field.equals("legalBasis")) {
            v = v.replace(" ", "");
        }
        if (field.equals("signerTitle")) {
            // the block's lines, however the text joined them
            v = v.replaceAll("\\s*[–-]\\s*", " ");
        }
        if (field.equals("issuer")) {
            v = v.replaceFirst("^(chủ tịch|bộ trưởng|trưởng ban|giám đốc) ", "");
        }
        return v;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** True and false positives and misses per field, micro-averaged over the documents. */
    static final class Score {
        private final Map<String, int[]> byField = new TreeMap<>();

        void count(String field, Set<String> expected, Set<String> actual) {
            int[] c = byField.computeIfAbsent(field, f -> new int[3]);
            int hit = (int) actual.stream().filter(expected::contains).count();
            c[0] += hit;
            c[1] += actual.size() - hit;
            c[2] += expected.size() - hit;
        }

        double precision() {
            int[] t = totals();
            return t[0] + t[1] == 0 ? 1.0 : (double) t[0] / (t[0] + t[1]);
        }

        double recall() {
            int[] t = totals();
            return t[0] + t[2] == 0 ? 1.0 : (double) t[0] / (t[0] + t[2]);
        }

        double recall(String field) {
            int[] c = byField.getOrDefault(field, new int[3]);
            return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
        }

        double precision(String field) {
            int[] c = byField.getOrDefault(field, new int[3]);
            return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
        }

        /** Precision over some of the fields only. */
        double precision(List<String> fields) {
            int[] t = totals(fields);
            return t[0] + t[1] == 0 ? 1.0 : (double) t[0] / (t[0] + t[1]);
        }

        double recall(List<String> fields) {
            int[] t = totals(fields);
            return t[0] + t[2] == 0 ? 1.0 : (double) t[0] / (t[0] + t[2]);
        }

        private int[] totals(List<String> fields) {
            int[] t = new int[3];
            fields.stream().map(byField::get).filter(java.util.Objects::nonNull).forEach(c -> {
                t[0] += c[0];
                t[1] += c[1];
                t[2] += c[2];
            });
            return t;
        }

        private int[] totals() {
            int[] t = new int[3];
            byField.values().forEach(c -> {
                t[0] += c[0];
                t[1] += c[1];
                t[2] += c[2];
            });
            return t;
        }

        String table(String title) {
            List<String> rows = new ArrayList<>();
            rows.add(title);
            rows.add(String.format("  %-20s %5s %5s %5s %9s %7s", "field", "right", "wrong", "miss", "precision", "recall"));
            byField.forEach((field, c) -> rows.add(String.format("  %-20s %5d %5d %5d %9.2f %7.2f", field, c[0], c[1],
                    c[2], precision(field), recall(field))));
            int[] t = totals();
            rows.add(String.format("  %-20s %5d %5d %5d %9.2f %7.2f", "all", t[0], t[1], t[2], precision(), recall()));
            int[] p = totals(PARTS);
            rows.add(String.format("  %-20s %5d %5d %5d %9.2f %7.2f", "parts (new)", p[0], p[1], p[2], precision(PARTS),
                    recall(PARTS)));
            return String.join("\n", rows);
        }
    }
}
