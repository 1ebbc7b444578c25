package vn.taphuan.reporting.facts;

import org.bson.Document;
import vn.taphuan.reporting.progress.ActivityKind;
import vn.taphuan.reporting.progress.EnrolmentTotals;
import vn.taphuan.reporting.progress.Gender;
import vn.taphuan.reporting.progress.Level;
import vn.taphuan.reporting.progress.TargetGroup;

import java.time.LocalDate;
import java.util.List;

/**
 * {@link EnrolmentTotals} as a stored document, and back. Ids used as field names (lines, activities) are escaped,
 * since a field name may hold neither a dot nor a leading dollar.
 */
final class TotalsDocuments {

    static Document toDocument(EnrolmentTotals totals) {
        Document lines = new Document();
        totals.lines().forEach((lineId, line) -> {
            Document kinds = new Document();
            line.kinds().forEach((kind, n) -> kinds.put(kind.name(), n));
            Document days = new Document();
            line.days().forEach((day, n) -> days.put(day.toString(), List.of(n.personTurns(), n.women(),
                    n.ethnicMinority())));
            Document groups = new Document();
            line.groups().forEach((g, n) -> groups.put(g.targetGroup() + "|" + (g.level() == null ? "-" : g.level())
                    + "|" + g.gender(), n));
            Document first = new Document();
            line.firstTrained().forEach((day, n) -> first.put(day.toString(), n));
            Document pipeline = new Document();
            line.pipeline().forEach((set, n) -> pipeline.put(escape(set), n));
            lines.put(escape(lineId), withoutEmpty(new Document("kinds", kinds).append("days", days)
                    .append("groups", groups).append("first", first).append("pipeline", pipeline)));
        });
        Document activities = new Document();
        totals.activities().forEach((id, count) -> activities.put(escape(id),
                new Document("l", count.lineId()).append("e", count.enrolled()).append("c", count.completed())));
        Document first = new Document();
        totals.firstTrainedInPlan().forEach((day, n) -> first.put(day.toString(), n));
        return withoutEmpty(new Document("lines", lines).append("activities", activities).append("first", first));
    }

    /**
     * Leaves out the empty parts (read back as empty): most changes a batch causes touch one or two of them, and
     * every fact document carries its last changes.
     */
    private static Document withoutEmpty(Document document) {
        document.values().removeIf(v -> v instanceof Document d && d.isEmpty());
        return document;
    }

    static EnrolmentTotals fromDocument(Document document) {
        EnrolmentTotals totals = new EnrolmentTotals();
        if (document == null) {
            return totals;
        }
        Document lines = document.get("lines", Document.class);
        if (lines != null) {
            lines.forEach((lineKey, value) -> {
                Document stored = (Document) value;
                EnrolmentTotals.Line line = totals.line(unescape(lineKey));
                sub(stored, "kinds").forEach((kind, n) -> line.kinds().put(ActivityKind.valueOf(kind), number(n)));
                sub(stored, "days").forEach((day, n) -> {
                    List<?> counts = (List<?>) n;
                    line.days().put(LocalDate.parse(day), new EnrolmentTotals.DayCount(number(counts.get(0)),
                            number(counts.get(1)), number(counts.get(2))));
                });
                sub(stored, "groups").forEach((key, n) -> {
                    String[] parts = key.split("\\|");
                    line.groups().put(new EnrolmentTotals.Group(TargetGroup.valueOf(parts[0]),
                            parts[1].equals("-") ? null : Level.valueOf(parts[1]), Gender.valueOf(parts[2])), number(n));
                });
                sub(stored, "first").forEach((day, n) -> line.firstTrained().put(LocalDate.parse(day), number(n)));
                sub(stored, "pipeline").forEach((set, n) -> line.pipeline().put(unescape(set), number(n)));
            });
        }
        sub(document, "activities").forEach((id, value) -> {
            Document count = (Document) value;
            totals.activities().put(unescape(id), new EnrolmentTotals.ActivityCount(count.getString("l"),
                    number(count.get("e")), number(count.get("c"))));
        });
        sub(document, "first").forEach((day, n) -> totals.firstTrainedInPlan().put(LocalDate.parse(day), number(n)));
        return totals;
    }

    private static Document sub(Document document, String field) {
        Document sub = document.get(field, Document.class);
        return sub == null ? new Document() : sub;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A field name that holds no dot and starts with no dollar, for an id of any text. */
    static String escape(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    static String unescape(String key) {
        return key.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }

    private TotalsDocuments() {
    }
}
