package vn.taphuan.reporting.support;

import vn.taphuan.contracts.budget.v1.BudgetAllocated;
import vn.taphuan.contracts.budget.v1.BudgetCommitted;
import vn.taphuan.contracts.budget.v1.CommitmentReleased;
import vn.taphuan.contracts.budget.v1.ExpenditureRecorded;
import vn.taphuan.contracts.budget.v1.SourceAmount;
import vn.taphuan.contracts.budget.v1.TrainingEventSettled;
import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged;
import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged.EnrolmentState;
import vn.taphuan.contracts.enrolment.v1.TrainingEventCancelled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventClosed;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.contracts.plan.v1.CoverageTarget;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanAmended;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.PlanClosed;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.contracts.tenant.v1.TenantDisabled;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.reporting.support.Envelopes.Published;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A generated, deterministic load of several provinces' training — plans (one amended, one closed), classes,
 * workshops, study tours and e-learning cohorts, enrolments with completions, withdrawals and revoked completions,
 * scheduled and cancelled activities, and the money — as the producing services would publish it, together with
 * the numbers that must come out, kept by simple counting here and never by the code under test.
 * <p>
 * The provinces: Bắc Giang (the 2023 plan of the sources: 102 classes for 7,500 person-turns, 10 for 1,000,
 * 8 workshops, 4 study tours, 6.889.000.000 đồng), merged into Bắc Ninh on 2025-07-01; Bắc Ninh (an NTM plan with
 * roster coverage targets); Thanh Hóa (two plans); Lạng Sơn (with classes still scheduled).
 */
public final class TrainingLoad {

    public static final String DTTS = "MTQG_DTTS_MN_2021_2025";
    public static final String NTM = "MTQG_NTM_2021_2025";
    public static final String DEADLINE = "2025-12-31";

    /** Tenant events, published first. */
    public final List<Published> tenants = new ArrayList<>();
    /** Everything else: units, plans, activities, enrolments, money. */
    public final List<Published> events = new ArrayList<>();
    /**
     * The same facts again with new event ids, as a consumer sees them when it applied an event and crashed before
     * recording it as processed: only the version guards keep these from counting twice.
     */
    public final List<Published> redeliveredWithNewIds = new ArrayList<>();
    public final Map<String, PlanExpect> plans = new LinkedHashMap<>();
    /** Recorded unit code → the unit it counts for after the 2025 reorganisation. */
    public static final Map<String, String> SUCCESSOR = Map.of(
            "24-an-chau", "27-son-dong", "24-tuan-dao", "27-son-dong", "24-bien-son", "27-luc-ngan",
            "24-son-dong", "27");

    private final Random random;
    private final String prefix;

    /** @param prefix prefixes every id, so several loads can live in one store */
    private TrainingLoad(long seed, String prefix) {
        this.random = new Random(seed);
        this.prefix = prefix;
    }

    public static TrainingLoad generate(long seed) {
        TrainingLoad load = new TrainingLoad(seed, "");
        load.provinces();
        load.units();
        load.bacGiang();
        load.bacNinh();
        load.thanhHoa();
        load.langSon();
        return load;
    }

    // --- expectations ---

    public static final class LineExpect {
        public final String lineId;
        public long plannedActivities;
        public long target;
        public long held;
        public long scheduled;
        public long cancelled;
        public long turns;
        public long women;
        public long ethnicMinority;
        public long enrolledInScheduled;
        public final Set<String> persons = new TreeSet<>();
        public long spent;

        LineExpect(String lineId) {
            this.lineId = lineId;
        }
    }

    public static final class PlanExpect {
        public final String tenant;
        public final String planId;
        public final String programme;
        public int version = 1;
        public boolean closed;
        public long envelope;
        public final Map<String, LineExpect> lines = new LinkedHashMap<>();
        public final Map<String, long[]> money = new TreeMap<>();
        public final Map<String, Long> turnsByMonth = new TreeMap<>();
        public final Map<String, Long> turnsByUnit = new TreeMap<>();
        public final Map<String, Long> heldByUnit = new TreeMap<>();

        PlanExpect(String tenant, String planId, String programme) {
            this.tenant = tenant;
            this.planId = planId;
            this.programme = programme;
        }

        public long held() {
            return lines.values().stream().mapToLong(l -> l.held).sum();
        }

        public long plannedActivities() {
            return lines.values().stream().mapToLong(l -> l.plannedActivities).sum();
        }

        public long target() {
            return lines.values().stream().mapToLong(l -> l.target).sum();
        }

        public long turns() {
            return lines.values().stream().mapToLong(l -> l.turns).sum();
        }

        public long women() {
            return lines.values().stream().mapToLong(l -> l.women).sum();
        }

        public long ethnicMinority() {
            return lines.values().stream().mapToLong(l -> l.ethnicMinority).sum();
        }

        public long scheduled() {
            return lines.values().stream().mapToLong(l -> l.scheduled).sum();
        }

        public long cancelled() {
            return lines.values().stream().mapToLong(l -> l.cancelled).sum();
        }

        public long enrolledInScheduled() {
            return lines.values().stream().mapToLong(l -> l.enrolledInScheduled).sum();
        }

        public Set<String> persons() {
            Set<String> all = new TreeSet<>();
            lines.values().forEach(l -> all.addAll(l.persons));
            return all;
        }

        /** {allocated, committed, spent, settled} of a funding source. */
        public long[] money(String source) {
            return money.computeIfAbsent(source, s -> new long[4]);
        }

        public long money(int column) {
            return money.values().stream().mapToLong(m -> m[column]).sum();
        }
    }

    public List<PlanExpect> plansOf(String... tenants) {
        List<String> wanted = List.of(tenants);
        return plans.values().stream().filter(p -> wanted.contains(p.tenant)).toList();
    }

    public static Set<String> persons(List<PlanExpect> plans) {
        Set<String> all = new TreeSet<>();
        plans.forEach(p -> all.addAll(p.persons()));
        return all;
    }

    // --- the provinces and the map ---

    private void provinces() {
        tenants.add(Envelopes.envelope("bac-giang", "bac-giang", 1, "2021-01-01T00:00:00Z",
                new TenantOnboarded("bac-giang", "24", "Bắc Giang", "1997-01-01", "2025-06-30", "bac-ninh", null)));
        tenants.add(Envelopes.envelope("bac-ninh", "bac-ninh", 1, "2021-01-01T00:00:00Z",
                new TenantOnboarded("bac-ninh", "27", "Bắc Ninh", "1997-01-01", null, null, List.of("bac-giang"))));
        tenants.add(Envelopes.envelope("thanh-hoa", "thanh-hoa", 1, "2021-01-01T00:00:00Z",
                new TenantOnboarded("thanh-hoa", "38", "Thanh Hóa", "1831-01-01", null, null, null)));
        tenants.add(Envelopes.envelope("lang-son", "lang-son", 1, "2021-01-01T00:00:00Z",
                new TenantOnboarded("lang-son", "20", "Lạng Sơn", "1831-01-01", null, null, null)));
        tenants.add(Envelopes.envelope("bac-giang", "bac-giang", 2, "2025-07-01T00:00:00Z",
                new TenantDisabled("bac-giang", "2025-07-01", "Sáp nhập vào tỉnh Bắc Ninh")));
    }

    private void units() {
        unit("24", "tỉnh Bắc Giang", "PROVINCE", null, "bac-giang", "2025-06-30", "27", null);
        unit("27", "tỉnh Bắc Ninh", "PROVINCE", null, "bac-ninh", null, null, null);
        unit("24-son-dong", "huyện Sơn Động", "DISTRICT", "24", "bac-giang", "2025-06-30", null, null);
        unit("24-luc-ngan", "huyện Lục Ngạn", "DISTRICT", "24", "bac-giang", "2025-06-30", null, null);
        unit("24-an-chau", "xã An Châu", "COMMUNE", "24-son-dong", "bac-giang", "2025-06-30", "27-son-dong", "ESPECIALLY_DIFFICULT");
        unit("24-tuan-dao", "xã Tuấn Đạo", "COMMUNE", "24-son-dong", "bac-giang", "2025-06-30", "27-son-dong", "ESPECIALLY_DIFFICULT");
        unit("24-bien-son", "xã Biên Sơn", "COMMUNE", "24-luc-ngan", "bac-giang", "2025-06-30", "27-luc-ngan", "REGION_III");
        unit("27-son-dong", "xã Sơn Động", "COMMUNE", "27", "bac-ninh", null, null, "REGION_III");
        unit("27-luc-ngan", "xã Lục Ngạn", "COMMUNE", "27", "bac-ninh", null, null, "REGION_II");
        unit("27-tien-du", "xã Tiên Du", "COMMUNE", "27", "bac-ninh", null, null, "NONE");
        unit("38", "tỉnh Thanh Hóa", "PROVINCE", null, "thanh-hoa", null, null, null);
        unit("38-muong-lat", "xã Mường Lát", "COMMUNE", "38", "thanh-hoa", null, null, "ESPECIALLY_DIFFICULT");
        unit("38-quan-son", "xã Quan Sơn", "COMMUNE", "38", "thanh-hoa", null, null, "REGION_III");
        unit("20", "tỉnh Lạng Sơn", "PROVINCE", null, "lang-son", null, null, null);
        unit("20-dinh-lap", "xã Đình Lập", "COMMUNE", "20", "lang-son", null, null, "ESPECIALLY_DIFFICULT");
    }

    private void unit(String code, String name, String level, String parent, String tenant, String validTo,
                      String successor, String classification) {
        events.add(Envelopes.envelope("national", code, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(code,
                name, level, parent, tenant, "1997-01-01", validTo, successor, classification)));
    }

    // --- the plans ---

    record LineSpec(TargetLine line, int held, int minParticipants, int maxParticipants, int scheduled, int cancelled) {
    }

    private static TargetLine line(String id, String kind, String group, String level, int activities, int turns,
                                   CoverageTarget coverage, Integer minWomen, Integer minEthnicMinority, String text) {
        return new TargetLine(id, kind, group, level, null, text, activities, turns, coverage, minEthnicMinority,
                minWomen, null, null);
    }

    private void bacGiang() {
        List<LineSpec> lines = List.of(
                new LineSpec(line("cong-dong", "TRAINING_CLASS", "COMMUNITY", null, 102, 7500, null, 30, 50,
                        "Nhóm cộng đồng: 102 lớp đào tạo, tập huấn cho hơn 7.500 lượt người"), 10, 12, 20, 0, 1),
                new LineSpec(line("can-bo", "TRAINING_CLASS", "CADRE", null, 10, 1000, null, null, null,
                        "Nhóm cán bộ triển khai Chương trình ở các cấp: 10 lớp cho hơn 1.000 lượt người"), 3, 10, 15, 0, 0),
                new LineSpec(line("hoi-thao", "WORKSHOP", "CADRE", null, 8, 0, null, null, null,
                        "08 hội thảo chia sẻ kinh nghiệm"), 2, 10, 12, 0, 0),
                new LineSpec(line("hoc-tap", "STUDY_TOUR", "CADRE", null, 4, 0, null, null, null,
                        "04 đoàn cán bộ đi học tập kinh nghiệm tại tỉnh bạn"), 1, 8, 8, 0, 0));
        List<TargetLine> amended = new ArrayList<>(lines.stream().map(LineSpec::line).toList());
        amended.set(0, line("cong-dong", "TRAINING_CLASS", "COMMUNITY", null, 100, 7200, null, 30, 50,
                "Nhóm cộng đồng: 100 lớp cho 7.200 lượt người (điều chỉnh)"));
        plan("bac-giang", "kh-bg-2023", DTTS,
                "Đào tạo nâng cao năng lực cho cộng đồng và cán bộ triển khai Chương trình ở các cấp năm 2023",
                "2023-01-01", "2023-12-31", 6_889_000_000L, Map.of("CENTRAL", 6_889_000_000L), lines, amended,
                "2023-04-01", 240, List.of("24-an-chau", "24-tuan-dao", "24-bien-son"), pool("bac-giang", 160), true,
                0.7);
    }

    private void bacNinh() {
        List<LineSpec> lines = List.of(
                new LineSpec(line("chuyen-trach", "TRAINING_CLASS", "CADRE", "COMMUNE", 6, 240,
                        new CoverageTarget(120, 100, DEADLINE, "cán bộ chuyên trách xây dựng NTM"), null, null,
                        "Bồi dưỡng 100 % cán bộ chuyên trách NTM"), 4, 12, 18, 2, 0),
                new LineSpec(line("he-thong", "TRAINING_CLASS", "CADRE", "VILLAGE", 4, 200,
                        new CoverageTarget(250, 80, DEADLINE, "cán bộ hệ thống chính trị ở cơ sở"), null, null,
                        "Ít nhất 80 % cán bộ hệ thống chính trị cơ sở"), 3, 12, 18, 1, 0));
        // half of the cadres were trained in Bắc Giang before the merger: Bắc Ninh counts them once
        List<String> pool = new ArrayList<>(pool("bac-giang", 60));
        pool.addAll(pool("bac-ninh", 60));
        plan("bac-ninh", "kh-bn-ntm-2025", NTM, "Tập huấn, bồi dưỡng cán bộ xây dựng nông thôn mới các cấp năm 2025",
                "2025-01-01", "2025-12-31", 2_000_000_000L, Map.of("PROVINCE", 1_500_000_000L, "CENTRAL", 500_000_000L),
                lines, null, "2025-02-01", 190, List.of("27-tien-du", "27-son-dong"), pool, false, 0.2);
    }

    private void thanhHoa() {
        plan("thanh-hoa", "kh-th-2024", DTTS, "Kế hoạch đào tạo, tập huấn vùng đồng bào DTTS năm 2024",
                "2024-01-01", "2024-12-31", 3_000_000_000L, Map.of("CENTRAL", 3_000_000_000L),
                List.of(new LineSpec(line("cong-dong", "TRAINING_CLASS", "COMMUNITY", null, 40, 2000, null, null, 50,
                                "Cộng đồng: 40 lớp cho 2.000 lượt người"), 8, 12, 20, 0, 0),
                        new LineSpec(line("truc-tuyen", "E_LEARNING_COHORT", "CADRE", "COMMUNE", 2, 200, null, null,
                                null, "Lớp trực tuyến cho cán bộ xã"), 1, 30, 30, 0, 0)),
                null, "2024-03-01", 270, List.of("38-muong-lat", "38-quan-son"), pool("thanh-hoa", 200), false, 0.8);
        plan("thanh-hoa", "kh-th-ntm-2025", NTM, "Tập huấn cán bộ NTM cấp xã năm 2025", "2025-01-01", "2025-12-31",
                800_000_000L, Map.of("PROVINCE", 800_000_000L),
                List.of(new LineSpec(line("can-bo-xa", "TRAINING_CLASS", "CADRE", "COMMUNE", 3, 50, null, null, null,
                        "3 lớp cho 50 lượt cán bộ xã"), 3, 25, 30, 0, 0)),
                null, "2025-03-01", 150, List.of("38-quan-son"), pool("thanh-hoa-ntm", 90), false, 0.3);
    }

    private void langSon() {
        plan("lang-son", "kh-ls-2024", DTTS, "Kế hoạch tập huấn cộng đồng năm 2024-2025", "2024-01-01", "2025-12-31",
                1_200_000_000L, Map.of("CENTRAL", 1_000_000_000L, "SOCIAL", 200_000_000L),
                List.of(new LineSpec(line("cong-dong", "TRAINING_CLASS", "COMMUNITY", null, 20, 800, null, 40, 60,
                        "Cộng đồng: 20 lớp cho 800 lượt người"), 5, 12, 20, 2, 1)),
                null, "2024-04-01", 500, List.of("20-dinh-lap"), pool("lang-son", 90), false, 0.75);
    }

    /**
     * One plan with everything recorded under it.
     *
     * @param firstHeld    the first day activities are held; they spread over {@code spreadDays}
     * @param closed       whether the plan is closed after its year
     * @param minorityRate share of ethnic-minority participants
     */
    private void plan(String tenant, String planId, String programme, String title, String start, String end,
                      long budget, Map<String, Long> bySource, List<LineSpec> lines, List<TargetLine> amended,
                      String firstHeld, int spreadDays, List<String> units, List<String> pool, boolean closed,
                      double minorityRate) {
        PlanExpect expect = new PlanExpect(tenant, planId, programme);
        plans.put(tenant + "/" + planId, expect);
        expect.envelope = budget;
        List<FundingAmount> sources = new TreeMap<>(bySource).entrySet().stream()
                .map(e -> new FundingAmount(e.getKey(), e.getValue())).toList();
        List<TargetLine> approvedLines = lines.stream().map(LineSpec::line).toList();
        LocalDate startDay = LocalDate.parse(start);
        String approvedAt = startDay.plusDays(78).atStartOfDay().plusHours(2) + ":00Z";
        events.add(Envelopes.envelope(tenant, planId, 3, approvedAt, new PlanApproved(planId, 1, programme,
                programme.equals(DTTS) ? "Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS&MN"
                        : "Chương trình MTQG xây dựng nông thôn mới",
                new ProgrammeRules(programme.equals(NTM) ? 2 : null, programme.equals(NTM) ? 1 : null, 80), title,
                "UBND tỉnh", "45/KH-UBND", start, start, end, DEADLINE, budget, sources, approvedLines)));
        for (TargetLine line : approvedLines) {
            LineExpect l = new LineExpect(line.lineId());
            l.plannedActivities = line.plannedActivities();
            l.target = line.plannedPersonTurns();
            expect.lines.put(line.lineId(), l);
        }
        if (amended != null) {
            expect.version = 2;
            events.add(Envelopes.envelope(tenant, planId, 4, startDay.plusMonths(7) + "T02:00:00Z",
                    new PlanAmended(planId, 2, programme, null, new ProgrammeRules(null, null, 80), title, "UBND tỉnh",
                            "45/KH-UBND", start, start, end, DEADLINE, budget, sources, amended,
                            "Điều chỉnh số lớp theo nhu cầu thực tế", startDay.plusMonths(7).toString(),
                            "78/KH-UBND")));
            for (TargetLine line : amended) {
                LineExpect l = expect.lines.get(line.lineId());
                l.plannedActivities = line.plannedActivities();
                l.target = line.plannedPersonTurns();
            }
        }

        long[] budgetVersion = {0};
        for (LineSpec spec : lines) {
            TargetLine line = spec.line();
            LineExpect l = expect.lines.get(line.lineId());
            String source = sources.get(0).source();
            long allocation = 20_000_000L * Math.max(1, line.plannedActivities());
            budget(expect, tenant, planId, ++budgetVersion[0], approvedAt, new BudgetAllocated(planId,
                    "al-" + line.lineId(), line.lineId(), source, allocation, "112/QĐ-STC", startDay.plusDays(90).toString()));
            expect.money(source)[0] += allocation;

            for (int i = 1; i <= spec.held(); i++) {
                String activity = prefix + planId + "-" + line.lineId() + "-" + i;
                LocalDate heldOn = LocalDate.parse(firstHeld).plusDays(random.nextInt(spreadDays));
                String unit = units.get(random.nextInt(units.size()));
                int participants = spec.minParticipants() + random.nextInt(spec.maxParticipants() - spec.minParticipants() + 1);
                schedule(tenant, planId, line, activity, unit, heldOn, participants);
                events.add(Envelopes.envelope(tenant, activity, 2, heldOn + "T10:00:00Z", new TrainingEventHeld(activity,
                        planId, line.lineId(), line.activityKind(), unit, heldOn.toString(), participants)));
                l.held++;
                expect.heldByUnit.merge(unit, 1L, Long::sum);
                int completed = 0;
                Roster roster = new Roster(tenant, planId, line, activity, programme, participants);
                for (int p = 1; p <= participants; p++) {
                    if (participant(roster, expect, l, line, unit, heldOn, pool, minorityRate, p, true)) {
                        completed++;
                    }
                }
                roster.publish();
                events.add(Envelopes.envelope(tenant, activity, 3, heldOn.plusDays(3) + "T10:00:00Z",
                        new TrainingEventClosed(activity, planId, line.lineId(), line.activityKind(),
                                heldOn.plusDays(3).toString(), completed, participants)));
                money(expect, tenant, planId, line.lineId(), activity, source, participants, completed, heldOn,
                        budgetVersion, i % 3 == 0);
            }
            for (int i = 1; i <= spec.scheduled(); i++) {
                String activity = prefix + planId + "-" + line.lineId() + "-s" + i;
                LocalDate endsOn = LocalDate.parse("2025-10-10").plusDays(20L * i);
                int participants = 6 + random.nextInt(5);
                schedule(tenant, planId, line, activity, units.get(0), endsOn, participants);
                l.scheduled++;
                Roster roster = new Roster(tenant, planId, line, activity, programme, participants);
                for (int p = 1; p <= participants; p++) {
                    participant(roster, expect, l, line, units.get(0), endsOn, pool, minorityRate, p, false);
                }
                roster.publish();
                l.enrolledInScheduled += participants;
                long estimate = participants * 500_000L;
                budget(expect, tenant, planId, ++budgetVersion[0], "2025-09-01T03:00:00Z", new BudgetCommitted(planId,
                        "cm-" + activity, activity, line.lineId(), source, estimate, null));
                expect.money(source)[1] += estimate;
            }
            for (int i = 1; i <= spec.cancelled(); i++) {
                String activity = prefix + planId + "-" + line.lineId() + "-c" + i;
                LocalDate day = LocalDate.parse(firstHeld).plusDays(30);
                schedule(tenant, planId, line, activity, units.get(0), day, 20);
                events.add(Envelopes.envelope(tenant, activity, 2, day.minusDays(5) + "T10:00:00Z",
                        new TrainingEventCancelled(activity, planId, line.lineId(), line.activityKind(),
                                day.minusDays(5).toString(), "Mưa lũ")));
                l.cancelled++;
                budget(expect, tenant, planId, ++budgetVersion[0], day.minusDays(20) + "T03:00:00Z",
                        new BudgetCommitted(planId, "cm-" + activity, activity, line.lineId(), source, 9_000_000L, null));
                budget(expect, tenant, planId, ++budgetVersion[0], day.minusDays(5) + "T03:00:00Z",
                        new CommitmentReleased(planId, "cm-" + activity, activity, line.lineId(), source, 9_000_000L,
                                "CANCELLED"));
            }
        }
        if (closed) {
            expect.closed = true;
            events.add(Envelopes.envelope(tenant, planId, 5, LocalDate.parse(end).plusDays(5) + "T02:00:00Z",
                    new PlanClosed(planId, expect.version, end, "Kết thúc năm kế hoạch")));
        }
    }

    private void schedule(String tenant, String planId, TargetLine line, String activity, String unit, LocalDate day,
                          int capacity) {
        events.add(Envelopes.envelope(tenant, activity, 1, recorded(day.minusDays(20)) + "T03:00:00Z",
                new TrainingEventScheduled(activity, planId, line.lineId(), line.activityKind(), line.targetGroup(),
                        "Lớp " + line.lineId() + " tại " + unit, unit, day.minusDays(1).toString(), day.toString(),
                        capacity + 5, 4, 1, 2)));
    }

    /**
     * What an activity's roster pages announce, as enrolment-service publishes it: one EnrolmentsChanged per page and
     * write — the enrolments (with their attendance), then the completions and withdrawals, then the revoked
     * completions — each enrolment with its own version.
     */
    private final class Roster {
        private final String tenant;
        private final String planId;
        private final TargetLine line;
        private final String activity;
        private final String programme;
        private final int pages;
        /** write (0 enrol, 1 outcome, 2 correction) → page → states */
        private final List<Map<Integer, List<EnrolmentState>>> writes = List.of(new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>());
        private final Map<Integer, String> writtenAt = new TreeMap<>();

        Roster(String tenant, String planId, TargetLine line, String activity, String programme, int participants) {
            this.tenant = tenant;
            this.planId = planId;
            this.line = line;
            this.activity = activity;
            this.programme = programme;
            this.pages = participants > 10 ? 2 : 1;
        }

        void add(int write, String at, String enrolmentId, EnrolmentState state) {
            int page = Math.floorMod(enrolmentId.hashCode(), pages);
            writes.get(write).computeIfAbsent(page, k -> new ArrayList<>()).add(state);
            writtenAt.merge(write, at, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }

        void publish() {
            long[] pageVersions = new long[pages];
            for (int write = 0; write < writes.size(); write++) {
                for (Map.Entry<Integer, List<EnrolmentState>> page : writes.get(write).entrySet()) {
                    EnrolmentsChanged changed = new EnrolmentsChanged(activity, planId, line.lineId(),
                            line.activityKind(), programme, page.getKey(), page.getValue());
                    long version = ++pageVersions[page.getKey()];
                    String pageId = activity + "." + page.getKey();
                    events.add(Envelopes.envelope(tenant, pageId, version, writtenAt.get(write), changed));
                    if (write == 1) {
                        redeliveredWithNewIds.add(Envelopes.envelope(tenant, pageId, version, writtenAt.get(write),
                                changed));
                    }
                }
            }
        }
    }

    /**
     * One participant of an activity. In a held activity: 85 % complete, 5 % complete and then have the completion
     * revoked, 5 % withdraw, 5 % stay enrolled without completing. Returns whether a person-turn counts.
     */
    private boolean participant(Roster roster, PlanExpect plan, LineExpect line, TargetLine target, String unit,
                                LocalDate day, List<String> pool, double minorityRate, int number, boolean held) {
        String enrolment = roster.activity + "-e" + number;
        String person = pool.get(random.nextInt(pool.size()));
        String gender = random.nextDouble() < 0.55 ? "FEMALE" : (random.nextDouble() < 0.98 ? "MALE" : "OTHER");
        boolean minority = random.nextDouble() < minorityRate;
        String level = target.targetGroup().equals("COMMUNITY") ? "COMMUNITY"
                : target.cadreLevel() != null ? target.cadreLevel() : List.of("PROVINCE", "DISTRICT", "COMMUNE").get(random.nextInt(3));
        LocalDate enrolledOn = recorded(day.minusDays(10));
        if (!held) {
            roster.add(0, enrolledOn + "T04:00:00Z", enrolment, new EnrolmentState(enrolment, 1, "ENROLLED", "ENROLLED",
                    person, gender, minority, target.targetGroup(), level, unit, enrolledOn.toString(), 0, 4, null,
                    null, false));
            return false;
        }
        roster.add(0, day + "T09:00:00Z", enrolment, new EnrolmentState(enrolment, 2, "ENROLLED", "ENROLLED", person,
                gender, minority, target.targetGroup(), level, unit, enrolledOn.toString(), 4, 4, null, null, false));
        double outcome = random.nextDouble();
        if (outcome < 0.90) {
            roster.add(1, day + "T11:00:00Z", enrolment, new EnrolmentState(enrolment, 3, "COMPLETED", "COMPLETED",
                    person, gender, minority, target.targetGroup(), level, unit, enrolledOn.toString(), 4, 4,
                    day.toString(), null, false));
            if (outcome < 0.85) {
                line.turns++;
                line.women += gender.equals("FEMALE") ? 1 : 0;
                line.ethnicMinority += minority ? 1 : 0;
                line.persons.add(person);
                plan.turnsByMonth.merge(day.toString().substring(0, 7), 1L, Long::sum);
                plan.turnsByUnit.merge(unit, 1L, Long::sum);
                return true;
            }
            roster.add(2, day.plusDays(20) + "T04:00:00Z", enrolment, new EnrolmentState(enrolment, 4, "WITHDRAWN",
                    "WITHDRAWN", person, gender, minority, target.targetGroup(), level, unit, enrolledOn.toString(), 4,
                    4, null, day.plusDays(20).toString(), true));
            return false;
        }
        if (outcome < 0.95) {
            roster.add(1, day + "T12:00:00Z", enrolment, new EnrolmentState(enrolment, 3, "WITHDRAWN", "WITHDRAWN",
                    person, gender, minority, target.targetGroup(), level, unit, enrolledOn.toString(), 4, 4, null,
                    day.toString(), false));
        }
        return false;
    }

    /**
     * The money of a held activity: estimated (re-estimated for every third), spent, settled, and the unspent rest
     * of the commitment released.
     */
    private void money(PlanExpect plan, String tenant, String planId, String lineId, String activity, String source,
                       int participants, int completed, LocalDate heldOn, long[] version, boolean reestimate) {
        long estimate = participants * 500_000L;
        budget(plan, tenant, planId, ++version[0], heldOn.minusDays(20) + "T03:00:00Z", new BudgetCommitted(planId,
                "cm-" + activity, activity, lineId, source, estimate, null));
        if (reestimate) {
            estimate += 1_000_000L;
            budget(plan, tenant, planId, ++version[0], heldOn.minusDays(10) + "T03:00:00Z", new BudgetCommitted(planId,
                    "cm-" + activity, activity, lineId, source, estimate, null));
        }
        long spent = completed * 400_000L + 1_000_000L;
        budget(plan, tenant, planId, ++version[0], heldOn.plusDays(5) + "T03:00:00Z", new ExpenditureRecorded(planId,
                "ex-" + activity, lineId, activity, source, spent, "PC-" + activity, heldOn.plusDays(5).toString(), null));
        budget(plan, tenant, planId, ++version[0], heldOn.plusDays(30) + "T03:00:00Z", new TrainingEventSettled(planId,
                "st-" + activity, activity, lineId, "QT-" + activity, heldOn.plusDays(30).toString(),
                List.of(new SourceAmount(source, spent)), spent));
        long released = Math.max(0, estimate - spent);
        if (released > 0) {
            budget(plan, tenant, planId, ++version[0], heldOn.plusDays(30) + "T03:05:00Z", new CommitmentReleased(planId,
                    "cm-" + activity, activity, lineId, source, released, "SETTLED"));
        }
        long[] m = plan.money(source);
        m[1] += estimate - released;
        m[2] += spent;
        m[3] += spent;
        plan.lines.get(lineId).spent += spent;
    }

    /** Activities still to come were scheduled and enrolled by the load's "now" (2025-09-01), not in the future. */
    private static LocalDate recorded(LocalDate day) {
        LocalDate now = LocalDate.parse("2025-09-01");
        return day.isAfter(now) ? now : day;
    }

    private void budget(PlanExpect plan, String tenant, String planId, long version, String occurredAt, Record payload) {
        Published event = Envelopes.envelope(tenant, planId, version, occurredAt, payload);
        events.add(event);
        if (payload instanceof BudgetCommitted) {
            redeliveredWithNewIds.add(Envelopes.envelope(tenant, planId, version, occurredAt, payload));
        }
    }

    /** Keyed hashes of a province's people, as enrolment-service computes them (never a name or ID number). */
    static List<String> pool(String tenant, int size) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            keys.add(personKey(tenant + ":" + i));
        }
        return keys;
    }

    public static String personKey(String who) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(who.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
