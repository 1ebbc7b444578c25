package vn.taphuan.budget.planbudget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which enrolments of one page of an activity's roster count a completed person-turn, each as of the newest version
 * of the enrolment heard. A state older than (or as old as) the one kept changes nothing, so events heard twice, late
 * or out of order leave the same count.
 */
final class RosterPageTurns {

    /**
     * One enrolment as last heard.
     *
     * @param version   the enrolment's own version
     * @param completed whether it counts a completed person-turn
     */
    record Turn(long version, boolean completed) {
    }

    private final Map<String, Turn> byEnrolment;

    RosterPageTurns(Map<String, Turn> byEnrolment) {
        this.byEnrolment = new LinkedHashMap<>(byEnrolment);
    }

    static RosterPageTurns empty() {
        return new RosterPageTurns(Map.of());
    }

    /**
     * An enrolment's state as an event tells it.
     *
     * @param enrolmentId the enrolment
     * @param version     its version
     * @param completed   whether its status is COMPLETED
     */
    record Heard(String enrolmentId, long version, boolean completed) {
    }

    /** Takes the states newer than those kept; returns true if any was. */
    boolean merge(List<Heard> heard) {
        boolean changed = false;
        for (Heard next : heard) {
            Turn kept = byEnrolment.get(next.enrolmentId());
            if (kept == null || next.version() > kept.version()) {
                byEnrolment.put(next.enrolmentId(), new Turn(next.version(), next.completed()));
                changed = true;
            }
        }
        return changed;
    }

    /** Completed person-turns on the page. */
    int completed() {
        return (int) byEnrolment.values().stream().filter(Turn::completed).count();
    }

    Map<String, Turn> byEnrolment() {
        return Map.copyOf(byEnrolment);
    }
}
