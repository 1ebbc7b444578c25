package vn.taphuan.reporting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.taphuan.contracts.budget.v1.BudgetAllocated;
import vn.taphuan.contracts.budget.v1.BudgetCommitted;
import vn.taphuan.contracts.budget.v1.ExpenditureRecorded;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.testing.AccessIsolationSuite;
import vn.taphuan.reporting.figures.FiguresRefresher;
import vn.taphuan.reporting.support.Broker;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.reporting.support.TrainingLoad;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import vn.taphuan.testsupport.ServiceIntegrationTest;

/**
 * Issue 8's isolation suite over every endpoint of this service. The victim is Sơn La, a province no other test
 * uses: its onboarding, communes, an approved plan, a held class with a learner who completed it, a class still in
 * the pipeline and its money arrive as events, as the other services publish them. Thanh Hóa attacks it. This
 * service answers no personal data at all: the learner's keyed hash and certificate number are kept (to count unique
 * persons) and must reach nobody, the victim included. While another province's stream listens, more Sơn La learners
 * complete the class; Sơn La's own stream shows it, Thanh Hóa's must not. An analyst of the ministry owning Sơn La's
 * programme reads it as a platform-wide analyst does; one of another ministry sees nothing of it, nationwide or in
 * Sơn La.
 */
@ReportingIntegrationTest
class ReportingIsolationTest extends AccessIsolationSuite {

    static final String VICTIM = "son-la";
    static final String OTHER = "thanh-hoa";
    static final String PROVINCE = "14-son-la";
    static final String COMMUNE = "14-muong-bu";
    static final String DTTS = "MTQG_DTTS_MN_2021_2025";

    @Autowired
    KnownTenants tenants;
    @Autowired
    FiguresRefresher refresher;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String planId = "plan-son-la-" + run;
    private final String title = "Kế hoạch tập huấn cộng đồng tỉnh Sơn La năm 2025 " + run;
    private final String heldClass = "te-son-la-held-" + run;
    private final String pipelineClass = "te-son-la-next-" + run;
    private final String classTitle = "Lớp giám sát cộng đồng Mường Bú " + run;
    private final String personKey = sha256("son-la-learner-" + run);
    private final String certificate = "14-2025-" + run;
    private final AtomicInteger later = new AtomicInteger();
    private Broker broker;

    @BeforeEach
    void sonLaHeardFromEvents() {
        tenants.onboard(OTHER, "Thanh Hóa", "38", List.of());
        broker = new Broker(brokers);
        broker.publishNow(Envelopes.envelope(VICTIM, VICTIM, 1, "2021-01-01T00:00:00Z",
                new TenantOnboarded(VICTIM, "14", "Sơn La", "1831-01-01", null, null, null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> tenants.find(VICTIM).isPresent());
        String start = "2025-01-01";
        broker.publishAll(List.of(
                Envelopes.envelope("national", PROVINCE, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                        PROVINCE, "tỉnh Sơn La", "PROVINCE", null, VICTIM, "1831-01-01", null, null, null)),
                Envelopes.envelope("national", COMMUNE, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                        COMMUNE, "xã Mường Bú", "COMMUNE", PROVINCE, VICTIM, "1831-01-01", null, null, "REGION_III")),
                Envelopes.envelope(VICTIM, planId, 3, "2025-03-20T02:00:00Z", new PlanApproved(planId, 1, DTTS,
                        "Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS&MN", new ProgrammeRules(null, null, 80),
                        title, "UBND tỉnh Sơn La", "31/KH-UBND-" + run, "2025-03-15", start, "2025-12-31",
                        "2025-12-31", 900_000_000L, List.of(new FundingAmount("CENTRAL", 900_000_000L)),
                        List.of(new TargetLine("community-classes", "TRAINING_CLASS", "COMMUNITY", null, null,
                                "Nhóm cộng đồng: 12 lớp cho 900 lượt người", 12, 900, null, null, null, null, null)))),
                Envelopes.envelope(VICTIM, heldClass, 1, "2025-05-01T03:00:00Z", new TrainingEventScheduled(heldClass,
                        planId, "community-classes", "TRAINING_CLASS", "COMMUNITY", classTitle, COMMUNE,
                        "2025-05-20", "2025-05-21", 40, 4, 1, 2)),
                Envelopes.envelope(VICTIM, heldClass, 2, "2025-05-21T10:00:00Z", new TrainingEventHeld(heldClass,
                        planId, "community-classes", "TRAINING_CLASS", COMMUNE, "2025-05-21", 35)),
                Envelopes.enrolment(VICTIM, heldClass, planId, "community-classes", TrainingLoad.DTTS,
                        Envelopes.state("en-" + run, 1, "ENROLLED", personKey, "FEMALE", true, COMMUNE, "2025-05-10",
                                null), "2025-05-10T04:00:00Z"),
                completion("en-" + run, personKey, certificate),
                Envelopes.envelope(VICTIM, pipelineClass, 1, "2025-09-01T03:00:00Z", new TrainingEventScheduled(
                        pipelineClass, planId, "community-classes", "TRAINING_CLASS", "COMMUNITY",
                        "Lớp tiếp theo " + run, COMMUNE, "2025-10-20", "2025-10-21", 40, 4, 1, 2)),
                Envelopes.envelope(VICTIM, planId, 1, "2025-03-25T03:00:00Z", new BudgetAllocated(planId,
                        "al-son-la-" + run, "community-classes", "CENTRAL", 240_000_000L, "58/QĐ-STC-" + run,
                        "2025-03-25")),
                Envelopes.envelope(VICTIM, planId, 2, "2025-05-01T03:00:00Z", new BudgetCommitted(planId,
                        "cm-" + heldClass, heldClass, "community-classes", "CENTRAL", 36_950_000L, null)),
                Envelopes.envelope(VICTIM, planId, 3, "2025-05-25T03:00:00Z", new ExpenditureRecorded(planId,
                        "pc-son-la-" + run, "community-classes", heldClass, "CENTRAL", 31_500_000L,
                        "PC-" + run + "/2025", "2025-05-25", null))));
        broker.awaitConsumed("reporting", Duration.ofSeconds(60));
        refresher.refreshPending();
    }

    @AfterEach
    void closeBroker() {
        broker.close();
    }

    private Envelopes.Published completion(String enrolmentId, String person, String certificateNumber) {
        return Envelopes.enrolment(VICTIM, heldClass, planId, "community-classes", TrainingLoad.DTTS,
                Envelopes.state(enrolmentId, 3, "COMPLETED", person, "FEMALE", true, COMMUNE, "2025-05-10",
                        "2025-05-21"), "2025-05-21T11:00:00Z");
    }

    /** Another Sơn La learner completes the held class: the plan's and the province's figures change. */
    @Override
    protected Runnable victimActivity() {
        return () -> {
            int n = later.incrementAndGet();
            broker.publishNow(completion("en-" + run + "-later-" + n, sha256("son-la-later-" + run + n),
                    certificate + "-" + n));
        };
    }

    @Override
    protected Map<String, Call> calls() {
        Map<String, String> plan = Map.of("planId", planId);
        // the second quarter of 2025 is over ("today" is 15/09/2025): its report can be read and every step tried
        Map<String, String> report = Map.of("reportId", VICTIM + "." + DTTS + ".2025-Q2");
        return Map.ofEntries(
                Map.entry("GET /api/v1/progress/periods", Call.plain()),
                Map.entry("GET /api/v1/progress/period-reports/{reportId}", Call.to(report)),
                Map.entry("PUT /api/v1/progress/period-reports/{reportId}/comments", Call.to(report).json(
                        "{\"comments\":[{\"planId\":\"" + planId + "\",\"lineId\":\"community-classes\","
                                + "\"comment\":\"Chậm do mưa lũ\"}]}")),
                Map.entry("POST /api/v1/progress/period-reports/{reportId}/submit",
                        Call.to(report).header("If-Match", "\"0\"")),
                Map.entry("POST /api/v1/progress/period-reports/{reportId}/approve",
                        Call.to(report).header("If-Match", "\"0\"")),
                Map.entry("POST /api/v1/progress/period-reports/{reportId}/return", Call.to(report)
                        .header("If-Match", "\"0\"").json("{\"reason\":\"Thiếu giải trình\"}")),
                Map.entry("POST /api/v1/progress/period-reports/{reportId}/reopen", Call.to(report)
                        .header("If-Match", "\"0\"").json("{\"reason\":\"Bổ sung số liệu\"}")),
                Map.entry("POST /api/v1/progress/period-reports/{reportId}/accept",
                        Call.to(report).header("If-Match", "\"0\"")),
                Map.entry("GET /api/v1/progress", Call.plain()),
                Map.entry("GET /api/v1/progress/plans", Call.plain()),
                Map.entry("GET /api/v1/progress/plans/{planId}", Call.to(plan)),
                Map.entry("GET /api/v1/progress/plans/{planId}/activities", Call.to(plan)),
                Map.entry("GET /api/v1/progress/plans/{planId}/report", Call.to(plan).query("from=2025-01&to=2025-12")),
                Map.entry("GET /api/v1/progress/units", Call.plain().query("planId=" + planId)),
                Map.entry("GET /api/v1/progress/report", Call.plain().query("from=2025-01&to=2025-12")),
                Map.entry("GET /api/v1/progress/stream", Call.plain().streaming()),
                Map.entry("GET /api/v1/progress/plans/{planId}/export", Call.to(plan).query("format=xlsx")),
                Map.entry("GET /api/v1/progress/export", Call.plain().query("format=csv")),
                Map.entry("GET /api/v1/progress/closeout", Call.plain()),
                Map.entry("GET /api/v1/progress/closeout/export", Call.plain()),
                Map.entry("GET /api/v1/national/progress", Call.plain()),
                Map.entry("GET /api/v1/national/provinces", Call.plain().query("size=200")),
                Map.entry("GET /api/v1/national/report", Call.plain().query("from=2025-01&to=2025-12")),
                Map.entry("GET /api/v1/national/stream", Call.plain().streaming()),
                Map.entry("GET /api/v1/national/export", Call.plain().query("format=xlsx")),
                Map.entry("GET /api/v1/national/closeout", Call.plain()),
                Map.entry("GET /api/v1/national/closeout/export", Call.plain()),
                Map.entry("POST /api/v1/admin/figures/recompute", Call.plain()),
                Map.entry("POST /api/v1/admin/projections/rebuild", Call.plain()),
                Map.entry("GET /api/v1/admin/projections/rebuild", Call.plain()),
                Map.entry("GET /api/v1/audit", Call.plain()),
                Map.entry("GET /api/v1/national/period-reports", Call.plain().query("period=2025-Q2")),
                Map.entry("GET /api/v1/progress/notices", Call.plain()),
                Map.entry("GET /api/v1/progress/period-reports/{reportId}/export", Call.to(report).query("format=html")),
                Map.entry("GET /api/v1/progress/reporting-communes", Call.plain()),
                Map.entry("PUT /api/v1/progress/reporting-communes", Call.plain().header("If-Match", "\"0\"")
                        .json("{\"communes\":[\"" + COMMUNE + "\"]}")),
                Map.entry("GET /api/v1/progress/period-reports/{reportId}/communes", Call.to(report)),
                Map.entry("POST /api/v1/progress/period-reports/{reportId}/communes/{communeCode}/submit",
                        Call.to(Map.of("reportId", VICTIM + "." + DTTS + ".2025-Q2", "communeCode", COMMUNE))
                                .header("If-Match", "\"0\"").json("{\"comment\":\"Đã tổ chức\"}")));
    }

    @Override
    protected Set<String> victimMarkers() {
        return Set.of(planId, title, heldClass, pipelineClass, classTitle);
    }

    @Override
    protected Set<String> secretMarkers() {
        return Set.of(personKey, certificate);
    }

    /** The victim's plan is of the ethnic-minority programme of 2021–2025, owned by the Ministry of Ethnic and Religious Affairs. */
    @Override
    protected String owningMinistry() {
        return "BDTTG";
    }

    /** The Ministry of Agriculture and Environment owns new rural development and the merged programme, not the victim's. */
    @Override
    protected String otherMinistry() {
        return "BNNMT";
    }

    @Override
    protected Set<String> victimProgrammeMarkers() {
        return Set.of(DTTS);
    }

    @Override
    protected String victimTenant() {
        return VICTIM;
    }

    @Override
    protected String otherTenant() {
        return OTHER;
    }



    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
