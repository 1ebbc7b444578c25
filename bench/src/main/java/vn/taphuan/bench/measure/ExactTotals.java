package vn.taphuan.bench.measure;

import tools.jackson.databind.JsonNode;
import vn.taphuan.bench.load.LoadCounters;
import vn.taphuan.bench.load.ProvinceLoader;
import vn.taphuan.bench.nation.Learners;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact totals: every person-turn accepted is counted exactly once nationwide and in its province, the people
 * are counted once each, the money adds up — the reporting API against what the loader was told it accepted, and
 * that against what the generator generated (counted on its side, not assumed).
 */
public final class ExactTotals {

    /** One check; {@code exact} is whether the two sides are equal. */
    public record Check(String figure, String expected, String actual, boolean exact) {
    }

    private ExactTotals() {
    }

    public static List<Check> check(Snapshot figures, LoadCounters counters, List<ProvinceLoader.Loaded> loaded) {
        List<Check> checks = new ArrayList<>();
        Learners.Tally generated = Learners.Tally.zero();
        for (ProvinceLoader.Loaded province : loaded) {
            generated = generated.plus(province.generated());
        }
        JsonNode totals = figures.national() == null ? null : figures.national().path("totals");

        checks.add(check("rows accepted by the imports = rows sent", counters.rowsSent.get(), counters.rowsAccepted.get()));
        checks.add(check("completions accepted = completions generated", generated.completions(),
                counters.completionsAccepted.get()));
        checks.add(check("person-turns nationwide (reporting) = completions accepted", counters.completionsAccepted.get(),
                national(totals, "/personTurns/achieved")));
        checks.add(check("person-turn targets nationwide (reporting) = the plans' targets with the "
                + counters.plansAmended.get() + " amendments accepted", counters.personTurnTargets.get(),
                national(totals, "/personTurns/target")));
        checks.add(check("women's person-turns nationwide = generated", generated.womenCompletions(),
                national(totals, "/personTurns/women/count")));
        checks.add(check("ethnic-minority person-turns nationwide = generated", generated.minorityCompletions(),
                national(totals, "/personTurns/ethnicMinority/count")));
        checks.add(check("unique persons nationwide = distinct learners generated who completed",
                generated.personsCompleted(), national(totals, "/persons/unique")));
        checks.add(check("activities held nationwide = activities marked held", counters.classesHeld.get(),
                national(totals, "/activities/held")));
        checks.add(check("spending nationwide = payments accepted (VND)", counters.paymentsVnd.get(),
                national(totals, "/budget/spentVnd")));

        Map<String, JsonNode> rows = new HashMap<>();
        if (figures.ranking() != null) {
            figures.ranking().path("items").forEach(row -> rows.put(row.at("/province/tenantId").asString(), row));
        }
        List<String> turns = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        for (ProvinceLoader.Loaded province : loaded) {
            String tenant = province.setup().load().province().tenantId();
            JsonNode row = rows.get(tenant);
            long shown = row == null ? -1 : row.path("personTurns").asLong(-1);
            if (shown != counters.completionsOf(tenant)) {
                turns.add(tenant + " " + counters.completionsOf(tenant) + "≠" + shown);
            }
            Learners.Tally tally = province.generated();
            long women = row == null ? -1 : row.path("women").asLong(-1);
            long minority = row == null ? -1 : row.path("ethnicMinority").asLong(-1);
            if (women != tally.womenCompletions() || minority != tally.minorityCompletions()) {
                shares.add(tenant + " women " + tally.womenCompletions() + "/" + women + ", minority "
                        + tally.minorityCompletions() + "/" + minority);
            }
            JsonNode overview = figures.provinces().get(tenant);
            long unique = overview == null ? -1 : overview.at("/totals/persons/unique").asLong(-1);
            if (unique != tally.personsCompleted()) {
                persons.add(tenant + " " + tally.personsCompleted() + "≠" + unique);
            }
        }
        int count = loaded.size();
        checks.add(new Check("person-turns of each province (ranking) = its completions accepted",
                count + " provinces", mismatchText(count, turns), turns.isEmpty()));
        checks.add(new Check("women and ethnic-minority person-turns of each province (ranking) = generated",
                count + " provinces", mismatchText(count, shares), shares.isEmpty()));
        checks.add(new Check("unique persons of each province (dashboard) = generated",
                count + " provinces", mismatchText(count, persons), persons.isEmpty()));
        return checks;
    }

    private static long national(JsonNode totals, String pointer) {
        return totals == null ? -1 : totals.at(pointer).asLong(-1);
    }

    private static Check check(String figure, long expected, long actual) {
        return new Check(figure, String.format("%,d", expected), String.format("%,d", actual), expected == actual);
    }

    private static String mismatchText(int count, List<String> mismatches) {
        if (mismatches.isEmpty()) {
            return count + " exact";
        }
        return (count - mismatches.size()) + " exact; differ: " + String.join("; ",
                mismatches.subList(0, Math.min(8, mismatches.size()))) + (mismatches.size() > 8 ? " …" : "");
    }
}
