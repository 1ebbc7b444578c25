package vn.taphuan.budget.planbudget;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged;
import vn.taphuan.kit.store.TenantProjections;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Person-turns (lượt người) completed, from enrolment-service's {@code EnrolmentsChanged}: the denominator of the cost
 * per person-turn. Kept per province ({@link TenantProjections}) in two kinds of documents, neither read by a scan:
 * <ul>
 *   <li>{@value #PAGES}: one per page of an activity's roster — each enrolment's completed flag with the enrolment's
 *       version, taken only when newer ({@link RosterPageTurns}), so a redelivered, replayed or reordered event
 *       changes nothing; with the page's count and a revision ({@code merges}) raised by every change;</li>
 *   <li>{@value #PLANS}: one per plan — per roster page its line, activity and count, as of the page's revision
 *       (written only when newer). A plan's figures read this one document.</li>
 * </ul>
 * A consumer batch costs, per province, one read and at most one bulk write of its pages, then the same of its plans
 * (each document a compare-and-set, read again when another writer changed it first), however many events and pages
 * it holds. A crash between the two writes is mended when the event is heard again: the page's count is carried to
 * its plan whether or not the page changed.
 */
@Component
public class PersonTurns {

    static final String PAGES = "person_turn_pages";
    static final String PLANS = "plan_person_turns";
    private static final String MERGES = "merges";

    private final TenantProjections projections;

    PersonTurns(TenantProjections projections) {
        this.projections = projections;
    }

    /**
     * Applies a batch of events, of any provinces, in the order heard: per province, the entries of all its events
     * at once, every roster page and plan read and written in bulk.
     */
    public void record(List<EventEnvelope<EnrolmentsChanged>> events) {
        Map<String, Map<String, List<EnrolmentsChanged>>> byTenantAndPage = new LinkedHashMap<>();
        for (EventEnvelope<EnrolmentsChanged> event : events) {
            EnrolmentsChanged page = event.payload();
            byTenantAndPage.computeIfAbsent(event.tenantId(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(page.trainingEventId() + "." + page.rosterPage(), p -> new ArrayList<>())
                    .add(page);
        }
        byTenantAndPage.forEach((tenant, pages) -> {
            try (TenantContext.Scope ignored = TenantContext.open(tenant)) {
                recordPages(pages);
            }
        });
    }

    /** A roster page as stored after the batch: its revision and count, for its plan's section. */
    private record PageCount(String planId, String targetLineId, String trainingEventId, long merges, int completed) {
    }

    private void recordPages(Map<String, List<EnrolmentsChanged>> pages) {
        Map<String, PageCount> counts = new LinkedHashMap<>();
        projections.modifyAll(PAGES, pages.keySet(), (pageId, stored) -> {
            EnrolmentsChanged first = pages.get(pageId).get(0);
            long merges = stored == null ? 0 : stored.get(MERGES, Number.class).longValue();
            RosterPageTurns turns = stored == null ? RosterPageTurns.empty() : turnsOf(stored);
            boolean changed = turns.merge(heard(pages.get(pageId)));
            // called again for a page another writer changed first: the last call is what was written
            counts.put(pageId, new PageCount(first.planId(), first.targetLineId(), first.trainingEventId(),
                    changed ? merges + 1 : merges, turns.completed()));
            if (!changed) {
                return null;
            }
            return new Document("planId", first.planId()).append("targetLineId", first.targetLineId())
                    .append("trainingEventId", first.trainingEventId()).append("completed", turns.completed())
                    .append("enrolments", entries(turns)).append(MERGES, merges + 1);
        });
        Map<String, Map<String, PageCount>> byPlan = new LinkedHashMap<>();
        counts.forEach((pageId, count) -> byPlan.computeIfAbsent(count.planId(), p -> new LinkedHashMap<>())
                .put(pageId, count));
        projections.modifyAll(PLANS, byPlan.keySet(), (planId, stored) -> {
            Document plan = stored == null ? new Document() : stored;
            Document sections = plan.get("pages", Document.class);
            if (sections == null) {
                sections = new Document();
                plan.put("pages", sections);
            }
            boolean changed = false;
            for (Map.Entry<String, PageCount> page : byPlan.get(planId).entrySet()) {
                PageCount count = page.getValue();
                Document section = sections.get(fieldName(page.getKey()), Document.class);
                Number kept = section == null ? null : section.get(MERGES, Number.class);
                if (kept == null || kept.longValue() < count.merges()) {
                    sections.put(fieldName(page.getKey()), new Document("targetLineId", count.targetLineId())
                            .append("trainingEventId", count.trainingEventId()).append("completed", count.completed())
                            .append(MERGES, count.merges()));
                    changed = true;
                }
            }
            return changed ? plan : null;
        });
    }

    private static List<RosterPageTurns.Heard> heard(List<EnrolmentsChanged> events) {
        List<RosterPageTurns.Heard> states = new ArrayList<>();
        events.forEach(event -> event.enrolments().forEach(e -> states.add(new RosterPageTurns.Heard(e.enrolmentId(),
                e.version(), "COMPLETED".equals(e.status())))));
        return states;
    }

    private static RosterPageTurns turnsOf(Document stored) {
        Map<String, RosterPageTurns.Turn> turns = new LinkedHashMap<>();
        for (Document entry : stored.getList("enrolments", Document.class, List.of())) {
            turns.put(entry.getString("id"), new RosterPageTurns.Turn(entry.get("v", Number.class).longValue(),
                    entry.getBoolean("completed", false)));
        }
        return new RosterPageTurns(turns);
    }

    private static List<Document> entries(RosterPageTurns turns) {
        List<Document> entries = new ArrayList<>();
        turns.byEnrolment().forEach((id, turn) -> entries.add(new Document("id", id).append("v", turn.version())
                .append("completed", turn.completed())));
        return entries;
    }

    /** A roster page id as a field name: without the dots and dollars a field name may not hold. */
    static String fieldName(String pageId) {
        return pageId.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    /** Completed person-turns of a plan per target line. */
    public Map<String, Long> byLine(String planId) {
        return sum(planId, "targetLineId");
    }

    /** Completed person-turns of a plan per activity. */
    public Map<String, Long> byActivity(String planId) {
        return sum(planId, "trainingEventId");
    }

    private Map<String, Long> sum(String planId, String key) {
        Map<String, Long> sums = new LinkedHashMap<>();
        projections.findById(PLANS, planId).map(plan -> plan.get("pages", Document.class)).ifPresent(pages ->
                pages.values().forEach(value -> {
                    Document page = (Document) value;
                    sums.merge(page.getString(key), page.get("completed", Number.class).longValue(), Long::sum);
                }));
        sums.values().removeIf(count -> count == 0);
        return sums;
    }
}
