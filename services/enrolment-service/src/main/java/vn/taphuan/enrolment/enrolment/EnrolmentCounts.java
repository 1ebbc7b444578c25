package vn.taphuan.enrolment.enrolment;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.taphuan.enrolment.trainingevent.TrainingEvent;
import vn.taphuan.kit.store.AggregateStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Read-only counts over the current province's enrolments: participants of an activity, its live shares of women
 * and ethnic-minority people, and person-turns against unique persons. Person-turns count every completion; unique
 * persons count each person key once. Activity counts add up the tallies of its roster pages (a few numbers per
 * page, never the entries); every read goes through the tenant-scoped store.
 */
@Component
public class EnrolmentCounts {

    /** Roster pages read per round trip when person keys are needed: their completed entries' keys only. */
    private static final int KEYS_GROUP = 50;

    private final AggregateStore store;
    private final RosterPages pages;

    EnrolmentCounts(AggregateStore store, RosterPages pages) {
        this.store = store;
        this.pages = pages;
    }

    /**
     * Participants of an activity.
     *
     * @param enrolled       enrolled or completed (withdrawn ones not)
     * @param completed      completed
     * @param women          of the enrolled, women
     * @param ethnicMinority of the enrolled, ethnic-minority people
     */
    public record ActivityCounts(long enrolled, long completed, long women, long ethnicMinority) {
    }

    public ActivityCounts ofActivity(TrainingEvent event) {
        RosterPage.Tally tally = pages.tally(event);
        return new ActivityCounts(tally.active(), tally.completed(), tally.women(), tally.ethnicMinority());
    }

    /** The highest session with attendance recorded in the activity, 0 if none. */
    public int highestSessionRecorded(TrainingEvent event) {
        return pages.tally(event).highestSession();
    }

    /**
     * What a target line (or the whole plan) has achieved.
     *
     * @param personTurns              completions (lượt người): one person completing two classes counts twice
     * @param uniquePersons            distinct people among them (coverage against a roster counts each once)
     * @param womenPersonTurns         completions by women
     * @param ethnicMinorityPersonTurns completions by ethnic-minority people
     */
    public record Achieved(long personTurns, long uniquePersons, long womenPersonTurns, long ethnicMinorityPersonTurns) {
    }

    /**
     * What a plan has achieved, per target line and in all.
     *
     * @param byLine per target line id (lines without activities are absent)
     * @param total  the whole plan: unique persons count each person once across all lines
     */
    public record PlanAchieved(Map<String, Achieved> byLine, Achieved total) {

        public Achieved line(String lineId) {
            return byLine.getOrDefault(lineId, new Achieved(0, 0, 0, 0));
        }
    }

    /**
     * Reads the completed entries' person keys of every roster page of the plan's activities, a few dozen pages per
     * round trip (keys and statuses only), once for all lines.
     */
    public PlanAchieved achieved(String planId) {
        Map<String, Tallied> lines = new LinkedHashMap<>();
        Tallied total = new Tallied();
        for (Document activity : store.fields(TrainingEvent.class, Criteria.where("planId").is(planId), "rosterPages")) {
            String id = activity.getString("_id");
            List<String> ids = IntStream.range(0, activity.getInteger("rosterPages", 0))
                    .mapToObj(page -> RosterPage.idOf(id, page)).toList();
            for (int from = 0; from < ids.size(); from += KEYS_GROUP) {
                for (Document page : store.fieldsOf(RosterPage.class, ids.subList(from, Math.min(ids.size(),
                        from + KEYS_GROUP)), "targetLineId", "tally", "enrolments.status", "enrolments.facts.personKey")) {
                    Tallied line = lines.computeIfAbsent(page.getString("targetLineId"), l -> new Tallied());
                    line.add(page);
                    total.add(page);
                }
            }
        }
        Map<String, Achieved> byLine = new LinkedHashMap<>();
        lines.forEach((line, tallied) -> byLine.put(line, tallied.achieved()));
        return new PlanAchieved(byLine, total.achieved());
    }

    /** Completions of some roster pages, and the people among them. */
    private static final class Tallied {
        private long personTurns;
        private long women;
        private long ethnicMinority;
        private final Set<String> people = new HashSet<>();

        void add(Document page) {
            Document tally = page.get("tally", Document.class);
            if (tally == null) {
                return;
            }
            personTurns += tally.getInteger("completed", 0);
            women += tally.getInteger("completedWomen", 0);
            ethnicMinority += tally.getInteger("completedEthnicMinority", 0);
            for (Document entry : page.getList("enrolments", Document.class, new ArrayList<>())) {
                if (EnrolmentStatus.COMPLETED.name().equals(entry.getString("status"))) {
                    people.add(entry.get("facts", Document.class).getString("personKey"));
                }
            }
        }

        Achieved achieved() {
            return new Achieved(personTurns, people.size(), women, ethnicMinority);
        }
    }
}
