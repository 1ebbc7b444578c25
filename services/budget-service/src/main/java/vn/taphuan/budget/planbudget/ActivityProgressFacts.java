package vn.taphuan.budget.planbudget;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.kit.store.TenantProjections;
import vn.taphuan.kit.tenant.TenantContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The held and closed facts of activities ({@link ActivityProgress}), kept per province ({@link TenantProjections})
 * in {@value #COLLECTION}, one document per activity by its id: a consumer batch reads the activities it names in
 * one query by id and writes the changed ones in one bulk write (each a compare-and-set, read again when another
 * writer changed it first). They used to be kept in the plan's budget, whose document holds every activity of the
 * plan: each of these facts rewrote all of it. Each fact is taken only when newer than the one kept (by the training
 * event's version), so a redelivered, replayed or reordered event changes nothing.
 */
@Component
public class ActivityProgressFacts {

    static final String COLLECTION = "activity_progress";

    private final TenantProjections projections;

    ActivityProgressFacts(TenantProjections projections) {
        this.projections = projections;
    }

    /**
     * A fact as heard, ready to apply.
     *
     * @param tenantId        its province
     * @param planId          the plan the activity counts towards
     * @param trainingEventId the activity
     * @param change          what it does to the activity's progress; false when it changes nothing
     */
    public record Heard(String tenantId, String planId, String trainingEventId, Predicate<ActivityProgress> change) {
    }

    public static Heard held(EventEnvelope<?> event, String planId, String trainingEventId, LocalDate heldOn,
                             Integer participantCount) {
        long version = event.aggregateVersion();
        return new Heard(event.tenantId(), planId, trainingEventId,
                progress -> progress.held(heldOn, participantCount, version));
    }

    public static Heard closed(EventEnvelope<?> event, String planId, String trainingEventId, LocalDate closedOn,
                               int completedCount, int enrolledCount) {
        long version = event.aggregateVersion();
        return new Heard(event.tenantId(), planId, trainingEventId,
                progress -> progress.closed(closedOn, completedCount, enrolledCount, version));
    }

    /** Applies the facts of a batch, of any provinces: per province, every activity they name read and written in bulk. */
    public void record(List<Heard> facts) {
        Map<String, Map<String, List<Heard>>> byTenantAndActivity = new LinkedHashMap<>();
        facts.forEach(fact -> byTenantAndActivity.computeIfAbsent(fact.tenantId(), t -> new LinkedHashMap<>())
                .computeIfAbsent(fact.trainingEventId(), a -> new ArrayList<>()).add(fact));
        byTenantAndActivity.forEach((tenant, byActivity) -> {
            try (TenantContext.Scope ignored = TenantContext.open(tenant)) {
                projections.modifyAll(COLLECTION, byActivity.keySet(), (trainingEventId, stored) -> {
                    ActivityProgress progress = stored == null ? ActivityProgress.none() : progressOf(stored);
                    boolean changed = false;
                    for (Heard fact : byActivity.get(trainingEventId)) {
                        changed |= fact.change().test(progress);
                    }
                    return changed ? document(byActivity.get(trainingEventId).get(0).planId(), trainingEventId,
                            progress) : null;
                });
            }
        });
    }

    /**
     * The progress of each of the budget's activities, in one query by id: as kept here, with the facts its document
     * stored itself before they were kept apart.
     */
    public Map<String, ActivityProgress> of(PlanBudget budget) {
        return of(budget, budget.activities().stream().map(Activity::trainingEventId).toList());
    }

    /** As {@link #of(PlanBudget)}, for some of its activities; every one the budget has is answered. */
    public Map<String, ActivityProgress> of(PlanBudget budget, Collection<String> trainingEventIds) {
        Map<String, Document> stored = projections.findAll(COLLECTION, trainingEventIds);
        Map<String, ActivityProgress> progress = new LinkedHashMap<>();
        for (String trainingEventId : trainingEventIds) {
            budget.activity(trainingEventId).ifPresent(activity -> {
                Document kept = stored.get(trainingEventId);
                ActivityProgress known = kept == null ? ActivityProgress.none() : progressOf(kept);
                progress.put(trainingEventId, known.orEarlier(activity.earlierProgress()));
            });
        }
        return progress;
    }

    private static Document document(String planId, String trainingEventId, ActivityProgress progress) {
        Document document = new Document("planId", planId).append("trainingEventId", trainingEventId);
        if (progress.heldOn() != null) {
            document.append("held", new Document("on", progress.heldOn().toString())
                    .append("participantCount", progress.participantCount()).append("v", progress.heldVersion()));
        }
        if (progress.closedOn() != null) {
            document.append("closed", new Document("on", progress.closedOn().toString())
                    .append("completedCount", progress.completedCount())
                    .append("enrolledCount", progress.enrolledCount()).append("v", progress.closedVersion()));
        }
        return document;
    }

    private static ActivityProgress progressOf(Document stored) {
        Document held = stored.get("held", Document.class);
        Document closed = stored.get("closed", Document.class);
        return ActivityProgress.of(
                held == null ? null : LocalDate.parse(held.getString("on")),
                held == null ? null : held.getInteger("participantCount"),
                held == null ? 0 : held.get("v", Number.class).longValue(),
                closed == null ? null : LocalDate.parse(closed.getString("on")),
                closed == null ? null : closed.getInteger("completedCount"),
                closed == null ? null : closed.getInteger("enrolledCount"),
                closed == null ? 0 : closed.get("v", Number.class).longValue());
    }
}
