package vn.taphuan.reporting.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the reporting service knows about one plan, as stored from events: its approved versions, its closure,
 * and the facts recorded under it (activities, money, and its enrolments counted into {@link EnrolmentTotals}). The
 * figures are a pure function of this.
 */
public record PlanFacts(String tenantId, String planId, List<PlanVersion> versions, Closure closure,
                        List<Activity> activities, EnrolmentTotals enrolments, List<Allocation> allocations,
                        List<Commitment> commitments, List<Expenditure> expenditures, List<Settlement> settlements) {

    public PlanFacts {
        versions = List.copyOf(versions);
        activities = List.copyOf(activities);
        allocations = List.copyOf(allocations);
        commitments = List.copyOf(commitments);
        expenditures = List.copyOf(expenditures);
        settlements = List.copyOf(settlements);
    }

    /** The facts of a plan with its enrolments listed one by one (counted into {@link EnrolmentTotals} here). */
    public static PlanFacts withEnrolments(String tenantId, String planId, List<PlanVersion> versions, Closure closure,
                                           List<Activity> activities, List<Enrolment> enrolments,
                                           List<Allocation> allocations, List<Commitment> commitments,
                                           List<Expenditure> expenditures, List<Settlement> settlements) {
        return new PlanFacts(tenantId, planId, versions, closure, activities,
                EnrolmentTotals.of(tenantId + "/" + planId, enrolments), allocations, commitments, expenditures,
                settlements);
    }

    /** The version in force: the highest approved one; empty while the plan's approval has not arrived yet. */
    public Optional<PlanVersion> current() {
        return versions.stream().max(Comparator.comparingInt(PlanVersion::version));
    }

    /**
     * One approved version of the plan (approval or amendment). Amendments replace the targets; what was achieved
     * under a line stays with it.
     *
     * @param effectiveOn day the version took effect (approval: the day it was recorded; amendment: amendedOn)
     */
    public record PlanVersion(int version, String programmeCode, String programmeName, String title,
                              String issuingBody, String documentNumber, LocalDate documentDate, LocalDate periodStart,
                              LocalDate periodEnd, LocalDate deadline, long budgetTotalVnd,
                              Map<FundingSource, Long> budgetBySource, List<TargetLine> lines, LocalDate effectiveOn,
                              String amendmentReason, String amendmentDocumentNumber) {

        public PlanVersion {
            budgetBySource = Map.copyOf(budgetBySource);
            lines = List.copyOf(lines);
        }
    }

    /** One target line of a version. Counts are whole numbers; {@code coverage} is null when the line has no roster. */
    public record TargetLine(String lineId, ActivityKind activityKind, TargetGroup targetGroup, Level cadreLevel,
                             String jobTitle, String description, int plannedActivities, int plannedPersonTurns,
                             Coverage coverage, Integer minEthnicMinorityPercent, Integer minWomenPercent,
                             List<String> unitCodes) {
    }

    /** A coverage target: {@code percent} of a roster of {@code rosterSize} people trained, each once, by a date. */
    public record Coverage(int rosterSize, int percent, LocalDate byDate, String rosterDescription) {

        /** People who must be trained: the share of the roster, rounded up (a 100 % target leaves nobody out). */
        public long requiredPersons() {
            return ((long) rosterSize * percent + 99) / 100;
        }
    }

    public record Closure(LocalDate closedOn, String reason, int planVersion) {
    }

    /**
     * A class, workshop, study tour or e-learning cohort. Schedule fields are null when only its outcome arrived.
     */
    public record Activity(String id, String lineId, ActivityKind kind, ActivityStatus status, String title,
                           String unitCode, LocalDate startDate, LocalDate endDate, Integer capacity,
                           LocalDate heldOn, LocalDate cancelledOn, LocalDate closedOn) {
    }

    /** An enrolment with the counting facts of its person (a keyed hash, never a name). */
    public record Enrolment(String id, String lineId, String activityId, ActivityKind kind, String personKey,
                            Gender gender, boolean ethnicMinority, TargetGroup targetGroup, Level level,
                            String unitCode, EnrolmentStatus status, LocalDate enrolledOn, LocalDate completedOn) {
    }

    public record Allocation(String id, String lineId, FundingSource source, long amountVnd, LocalDate decisionDate) {
    }

    /**
     * An activity's cost commitment: the latest estimate committed, and the releases recorded against it. Each
     * carries the budget aggregate's version, so the outcome does not depend on the order they arrived in.
     *
     * @param commitVersion version of the latest commitment seen; 0 when only releases arrived so far
     * @param commitMonth   month the latest commitment was recorded, {@code yyyy-MM}
     */
    public record Commitment(String id, String lineId, String activityId, FundingSource source, long committedVnd,
                             long commitVersion, String commitMonth, List<Release> releases) {

        public Commitment {
            releases = List.copyOf(releases);
        }

        /** Releases that apply to the latest commitment: those recorded after it. */
        public List<Release> effectiveReleases() {
            if (commitVersion == 0) {
                return List.of();
            }
            return releases.stream().filter(r -> r.version() > commitVersion).toList();
        }

        /** The commitment still in force: the latest estimate less what was released from it. */
        public long netVnd() {
            return Math.subtractExact(committedVnd,
                    effectiveReleases().stream().mapToLong(Release::amountVnd).reduce(0, Math::addExact));
        }
    }

    public record Release(long version, long amountVnd, String month) {
    }

    public record Expenditure(String id, String lineId, String activityId, FundingSource source, long amountVnd,
                              LocalDate spentOn) {
    }

    public record Settlement(String id, String lineId, String activityId, LocalDate settledOn,
                             Map<FundingSource, Long> amounts) {

        public Settlement {
            amounts = Map.copyOf(amounts);
        }

        public long totalVnd() {
            return amounts.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
        }
    }
}
