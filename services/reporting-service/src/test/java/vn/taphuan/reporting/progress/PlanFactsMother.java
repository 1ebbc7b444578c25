package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.PlanFacts.Activity;
import vn.taphuan.reporting.progress.PlanFacts.Allocation;
import vn.taphuan.reporting.progress.PlanFacts.Closure;
import vn.taphuan.reporting.progress.PlanFacts.Commitment;
import vn.taphuan.reporting.progress.PlanFacts.Coverage;
import vn.taphuan.reporting.progress.PlanFacts.Enrolment;
import vn.taphuan.reporting.progress.PlanFacts.Expenditure;
import vn.taphuan.reporting.progress.PlanFacts.PlanVersion;
import vn.taphuan.reporting.progress.PlanFacts.Release;
import vn.taphuan.reporting.progress.PlanFacts.Settlement;
import vn.taphuan.reporting.progress.PlanFacts.TargetLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builds the facts of a plan for the ledger's tests; the Bắc Giang 2023 plan is the default content. */
final class PlanFactsMother {

    static final LocalDate START = LocalDate.parse("2023-01-01");
    static final LocalDate END = LocalDate.parse("2023-12-31");
    static final LocalDate DEADLINE = LocalDate.parse("2025-12-31");
    static final long BAC_GIANG_BUDGET = 6_889_000_000L;

    static Builder aPlan() {
        return new Builder();
    }

    static TargetLine line(String id, ActivityKind kind, TargetGroup group, int activities, int personTurns) {
        return new TargetLine(id, kind, group, null, null, "dòng " + id, activities, personTurns, null, null, null, null);
    }

    static TargetLine withShares(TargetLine l, Integer minWomen, Integer minEthnicMinority) {
        return new TargetLine(l.lineId(), l.activityKind(), l.targetGroup(), l.cadreLevel(), l.jobTitle(),
                l.description(), l.plannedActivities(), l.plannedPersonTurns(), l.coverage(), minEthnicMinority,
                minWomen, l.unitCodes());
    }

    static TargetLine withCoverage(TargetLine l, int roster, int percent) {
        return new TargetLine(l.lineId(), l.activityKind(), l.targetGroup(), Level.COMMUNE, l.jobTitle(),
                l.description(), l.plannedActivities(), l.plannedPersonTurns(),
                new Coverage(roster, percent, DEADLINE, "cán bộ chuyên trách NTM"), l.minEthnicMinorityPercent(),
                l.minWomenPercent(), l.unitCodes());
    }

    /** The four lines of the Bắc Giang 2023 plan (102 classes / 7,500; 10 classes / 1,000; 8 workshops; 4 tours). */
    static List<TargetLine> bacGiangLines() {
        return List.of(line("cong-dong", ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY, 102, 7500),
                line("can-bo", ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, 10, 1000),
                line("hoi-thao", ActivityKind.WORKSHOP, TargetGroup.CADRE, 8, 0),
                line("hoc-tap", ActivityKind.STUDY_TOUR, TargetGroup.CADRE, 4, 0));
    }

    static final class Builder {
        private final List<PlanVersion> versions = new ArrayList<>();
        private Closure closure;
        private final List<Activity> activities = new ArrayList<>();
        private final List<Enrolment> enrolments = new ArrayList<>();
        private final List<Allocation> allocations = new ArrayList<>();
        private final List<Commitment> commitments = new ArrayList<>();
        private final List<Expenditure> expenditures = new ArrayList<>();
        private final List<Settlement> settlements = new ArrayList<>();
        private int ids;

        Builder version(int version, List<TargetLine> lines) {
            versions.add(new PlanVersion(version, "MTQG_DTTS_MN_2021_2025", "Chương trình MTQG DTTS&MN",
                    "Đào tạo nâng cao năng lực cho cộng đồng và cán bộ năm 2023", "UBND tỉnh Bắc Giang",
                    "45/KH-UBND", LocalDate.parse("2023-03-01"), START, END, DEADLINE, BAC_GIANG_BUDGET,
                    Map.of(FundingSource.CENTRAL, BAC_GIANG_BUDGET), lines,
                    version == 1 ? LocalDate.parse("2023-03-20") : LocalDate.parse("2023-08-01"),
                    version == 1 ? null : "Điều chỉnh số lớp", null));
            return this;
        }

        Builder version(int version, TargetLine... lines) {
            return version(version, List.of(lines));
        }

        Builder closed(LocalDate on) {
            closure = new Closure(on, "Hết kỳ kế hoạch", versions.size());
            return this;
        }

        Builder held(String id, String line, ActivityKind kind, LocalDate on) {
            activities.add(new Activity(id, line, kind, ActivityStatus.HELD, "Lớp " + id, "u1", on.minusDays(1), on,
                    40, on, null, null));
            return this;
        }

        Builder closedActivity(String id, String line, ActivityKind kind, LocalDate heldOn) {
            activities.add(new Activity(id, line, kind, ActivityStatus.CLOSED, "Lớp " + id, "u1", heldOn.minusDays(1),
                    heldOn, 40, heldOn, null, heldOn.plusDays(3)));
            return this;
        }

        Builder scheduled(String id, String line, ActivityKind kind, LocalDate end) {
            activities.add(new Activity(id, line, kind, ActivityStatus.SCHEDULED, "Lớp " + id, "u1", end.minusDays(1),
                    end, 40, null, null, null));
            return this;
        }

        Builder cancelled(String id, String line, ActivityKind kind) {
            activities.add(new Activity(id, line, kind, ActivityStatus.CANCELLED, "Lớp " + id, "u1", null, null, 40,
                    null, LocalDate.parse("2023-06-01"), null));
            return this;
        }

        Builder completed(String person, String line, String activity, Gender gender, boolean ethnicMinority,
                          LocalDate on) {
            return enrolment(person, line, activity, gender, ethnicMinority, EnrolmentStatus.COMPLETED, on);
        }

        Builder enrolled(String person, String line, String activity) {
            return enrolment(person, line, activity, Gender.MALE, false, EnrolmentStatus.ENROLLED, null);
        }

        Builder withdrawn(String person, String line, String activity) {
            return enrolment(person, line, activity, Gender.FEMALE, false, EnrolmentStatus.WITHDRAWN, null);
        }

        private Builder enrolment(String person, String line, String activity, Gender gender, boolean ethnicMinority,
                                  EnrolmentStatus status, LocalDate completedOn) {
            enrolments.add(new Enrolment("e" + (++ids), line, activity, ActivityKind.TRAINING_CLASS, person, gender,
                    ethnicMinority, TargetGroup.COMMUNITY, Level.COMMUNITY, "u1", status,
                    LocalDate.parse("2023-03-25"), completedOn));
            return this;
        }

        Builder cadreCompleted(String person, String line, String activity, Level level, LocalDate on) {
            enrolments.add(new Enrolment("e" + (++ids), line, activity, ActivityKind.TRAINING_CLASS, person,
                    Gender.MALE, false, TargetGroup.CADRE, level, "u1", EnrolmentStatus.COMPLETED,
                    LocalDate.parse("2023-03-25"), on));
            return this;
        }

        Builder allocated(String line, FundingSource source, long amount, LocalDate on) {
            allocations.add(new Allocation("a" + (++ids), line, source, amount, on));
            return this;
        }

        Builder commitment(String id, String line, FundingSource source, long amount, long version, String month,
                           Release... releases) {
            commitments.add(new Commitment(id, line, "t1", source, amount, version, month, List.of(releases)));
            return this;
        }

        Builder spent(String line, FundingSource source, long amount, LocalDate on) {
            expenditures.add(new Expenditure("x" + (++ids), line, "t1", source, amount, on));
            return this;
        }

        Builder settled(String line, Map<FundingSource, Long> amounts, LocalDate on) {
            settlements.add(new Settlement("s" + (++ids), line, "t1", on, amounts));
            return this;
        }

        PlanFacts build() {
            return PlanFacts.withEnrolments("bac-giang", "kh-2023", versions, closure, activities, enrolments, allocations,
                    commitments, expenditures, settlements);
        }

        /** The same facts in another order, as events arriving shuffled would have stored them. */
        PlanFacts shuffled(long seed) {
            Random random = new Random(seed);
            List<List<?>> lists = List.of(versions, activities, enrolments, allocations, commitments, expenditures,
                    settlements);
            lists.forEach(l -> Collections.shuffle(l, random));
            return build();
        }
    }

    private PlanFactsMother() {
    }
}
