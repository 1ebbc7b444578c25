package vn.taphuan.enrolment.enrolment;

import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what one write did to a roster page into its one contract event: each changed enrolment's whole state after
 * the write, with its own version. Counting facts only, never a name or an ID number.
 */
final class EnrolmentEvents {

    /**
     * The event of one page write.
     *
     * @param changes       what the write did, entry by entry (an entry may appear more than once)
     * @param sessionsTotal sessions the activity has
     */
    static EnrolmentsChanged of(RosterPage page, Collection<RosterPage.Change> changes, int sessionsTotal) {
        Map<String, Entry> byEnrolment = new LinkedHashMap<>();
        for (RosterPage.Change change : changes) {
            if (change.changed()) {
                byEnrolment.computeIfAbsent(change.enrolment().id(), id -> new Entry(change.enrolment()))
                        .changes().addAll(change.changes());
            }
        }
        List<EnrolmentsChanged.EnrolmentState> states = byEnrolment.values().stream()
                .map(entry -> state(entry.enrolment(), kind(entry.changes()), sessionsTotal)).toList();
        return new EnrolmentsChanged(page.trainingEventId(), page.planId(), page.targetLineId(),
                page.activityKind().name(), page.programmeCode(), page.page(), states);
    }

    private record Entry(Enrolment enrolment, List<EnrolmentChange> changes) {
        Entry(Enrolment enrolment) {
            this(enrolment, new java.util.ArrayList<>());
        }
    }

    /** What the write did, named by its most telling change. */
    private static String kind(List<EnrolmentChange> changes) {
        if (changes.stream().anyMatch(c -> c instanceof EnrolmentChange.Enrolled)) {
            return "ENROLLED";
        }
        if (changes.stream().anyMatch(c -> c instanceof EnrolmentChange.Withdrawn)) {
            return "WITHDRAWN";
        }
        if (changes.stream().anyMatch(c -> c instanceof EnrolmentChange.Completed)) {
            return "COMPLETED";
        }
        return "ATTENDANCE";
    }

    private static EnrolmentsChanged.EnrolmentState state(Enrolment e, String change, int sessionsTotal) {
        CountingFacts f = e.facts();
        return new EnrolmentsChanged.EnrolmentState(e.id(), e.version(), change, e.status().name(), f.personKey(),
                f.gender().name(), f.ethnicMinority(), f.targetGroup().name(), f.level() == null ? null : f.level().name(),
                f.unitCode(), iso(e.enrolledOn()), e.sessionsAttended(), sessionsTotal, iso(e.completedOn()),
                iso(e.withdrawnOn()), e.completionRevoked());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private EnrolmentEvents() {
    }
}
