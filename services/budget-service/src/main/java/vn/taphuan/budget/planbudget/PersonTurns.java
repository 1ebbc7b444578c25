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
 *       changes nothing; with the page's count and a revision ({@code merges}) raised by every change, which also
 *       serves as its compare-and-set guard;</li>
 *   <li>{@value #PLANS}: one per plan — per roster page its line, activity and count, as of the page's revision
 *       (written only when newer). A plan's figures read this one document.</li>
 * </ul>
 * A crash between the two writes is mended when the event is heard again: the page's count is carried to its plan
 * whether or not the page changed.
 */
@Component
public class PersonTurns {

    static final String PAGES = "person_turn_pages";
    static final String PLANS = "plan_person_turns";
    private static final String MERGES = "merges";
    private static final int MAX_ATTEMPTS = 20;

    private final TenantProjections projections;

    PersonTurns(TenantProjections projections) {
        this.projections = projections;
    }

    /**
     * Applies a batch of events, of any provinces, in the order heard: per province and roster page, the entries of
     * all its events at once — one read and at most two writes per page.
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
                pages.forEach(this::recordPage);
            }
        });
    }

    private void recordPage(String pageId, List<EnrolmentsChanged> heard) {
        EnrolmentsChanged first = heard.get(0);
        List<RosterPageTurns.Heard> states = new ArrayList<>();
        heard.forEach(event -> event.enrolments().forEach(e -> states.add(new RosterPageTurns.Heard(e.enrolmentId(),
                e.version(), "COMPLETED".equals(e.status())))));
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Document stored = projections.findById(PAGES, pageId).orElse(null);
            long merges = stored == null ? 0 : stored.get(MERGES, Number.class).longValue();
            RosterPageTurns turns = stored == null ? RosterPageTurns.empty() : turnsOf(stored);
            if (turns.merge(states)) {
                // written only if nobody merged since this read (the revision is still `merges`); else read again
                if (!projections.upsertIfNewer(PAGES, pageId, MERGES, merges + 1, Map.of(
                        "planId", first.planId(), "targetLineId", first.targetLineId(),
                        "trainingEventId", first.trainingEventId(), "completed", turns.completed(),
                        "enrolments", entries(turns)))) {
                    continue;
                }
                merges++;
            }
            String section = "pages." + fieldName(pageId);
            projections.upsertIfNewer(PLANS, first.planId(), section + "." + MERGES, merges, Map.of(
                    section + ".targetLineId", first.targetLineId(),
                    section + ".trainingEventId", first.trainingEventId(),
                    section + ".completed", turns.completed()));
            return;
        }
        throw new IllegalStateException("roster page " + pageId + " kept changing under " + MAX_ATTEMPTS + " attempts");
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
