package vn.taphuan.bench.load;

import tools.jackson.databind.JsonNode;
import vn.taphuan.bench.nation.Line;
import vn.taphuan.bench.nation.Programme;
import vn.taphuan.bench.nation.Province;
import vn.taphuan.bench.nation.ProvinceLoad;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Gets a province ready, through the APIs, as the platform administrator and the province's officer would: the
 * province is onboarded, one plan per programme is created with its target lines, submitted and approved, and its
 * envelope allocated to the lines; then it waits until enrolment and budget have learnt the plan (through Kafka).
 */
public final class NationSetup {

    /** The plan period: the second half of 2025, when every province of the new map exists. */
    static final String PERIOD_START = "2025-07-01";
    static final String PERIOD_END = "2025-12-31";
    private static final String VALID_ON = "2025-09-01";
    private static final Duration CALL = Duration.ofSeconds(60);
    private static final Duration PROPAGATION = Duration.ofMinutes(10);

    private final ApiClient api;
    private final Endpoints at;
    private final Tokens tokens;
    private final Failures failures;

    public NationSetup(ApiClient api, Endpoints at, Tokens tokens, Failures failures) {
        this.api = api;
        this.at = at;
        this.tokens = tokens;
        this.failures = failures;
    }

    /** A plan as approved: its id and the attendance rule its activities follow. */
    /**
     * @param content            what the plan was created with (an amendment sends it again, changed)
     * @param plannedPersonTurns the person-turns its target lines plan, as approved
     */
    public record PlanSetup(Programme programme, String planId, int minAttendancePercent, Map<String, Object> content,
                            long plannedPersonTurns) {
    }

    /**
     * A province ready to load, or not ({@code failure} says why; its activities are then not sent).
     *
     * @param unitCodes the units its learners and activities are recorded under
     */
    public record ProvinceSetup(ProvinceLoad load, List<String> unitCodes, Map<Programme, PlanSetup> plans,
                                String failure) {

        public boolean ready() {
            return failure == null;
        }
    }

    public ProvinceSetup setUp(ProvinceLoad load) {
        Province province = load.province();
        try {
            JsonNode unit = provinceUnit(province);
            onboard(province, unit);
            List<String> units = learnerUnits(province, unit.path("code").asString());
            Map<Programme, PlanSetup> plans = new EnumMap<>(Programme.class);
            Map<Programme, Map<Line, ProvinceLoad.LineTotals>> byProgramme = new EnumMap<>(Programme.class);
            load.lines().forEach((line, totals) ->
                    byProgramme.computeIfAbsent(line.programme(), p -> new LinkedHashMap<>()).put(line, totals));
            for (Map.Entry<Programme, Map<Line, ProvinceLoad.LineTotals>> programme : byProgramme.entrySet()) {
                plans.put(programme.getKey(), plan(load, programme.getKey(), programme.getValue()));
            }
            for (PlanSetup plan : plans.values()) {
                awaitKnown(province, plan, units);
                allocate(load, plan, byProgramme.get(plan.programme()));
            }
            return new ProvinceSetup(load, units, plans, null);
        } catch (SetupFailed e) {
            return new ProvinceSetup(load, List.of(), Map.of(), e.getMessage());
        }
    }

    private JsonNode provinceUnit(Province province) {
        JsonNode page = require("setup: province unit", api.get(at.plan() + "/api/v1/reference/units?level=PROVINCE&province="
                + province.tenantId() + "&validOn=" + VALID_ON, tokens.platformAdmin(), CALL), province);
        if (page.path("items").isEmpty()) {
            throw new SetupFailed("the unit registry has no province " + province.tenantId() + " in force on " + VALID_ON);
        }
        return page.path("items").get(0);
    }

    private void onboard(Province province, JsonNode unit) {
        if (api.get(at.plan() + "/api/v1/tenants/" + province.tenantId(), tokens.platformAdmin(), CALL).ok()) {
            return;
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("tenantId", province.tenantId());
        request.put("provinceCode", unit.path("officialCode").asString(province.officialCode()));
        request.put("name", province.name());
        request.put("validFrom", unit.path("validFrom").asString());
        request.put("administrator", Map.of("username", province.login() + ".admin",
                "name", "Quản trị tỉnh " + province.name(), "password", "taphuan-bench"));
        require("setup: onboarding", api.post(at.plan() + "/api/v1/tenants", tokens.platformAdmin(), request, CALL), province);
    }

    /** The province's communes where the registry has them, else the province itself. */
    private List<String> learnerUnits(Province province, String provinceUnit) {
        JsonNode communes = require("setup: units", api.get(at.plan() + "/api/v1/reference/units?level=COMMUNE&province="
                + province.tenantId() + "&validOn=" + VALID_ON + "&size=500", tokens.platformAdmin(), CALL), province);
        List<String> codes = new ArrayList<>();
        communes.path("items").forEach(item -> codes.add(item.path("code").asString()));
        return codes.isEmpty() ? List.of(provinceUnit) : codes;
    }

    private PlanSetup plan(ProvinceLoad load, Programme programme, Map<Line, ProvinceLoad.LineTotals> lines) {
        Province province = load.province();
        List<Map<String, Object>> targetLines = new ArrayList<>();
        long envelope = 0;
        long plannedPersonTurns = 0;
        for (Map.Entry<Line, ProvinceLoad.LineTotals> entry : lines.entrySet()) {
            Line line = entry.getKey();
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("lineId", line.lineId());
            target.put("activityKind", line.activityKind());
            target.put("targetGroup", line.targetGroup());
            target.put("description", line.description());
            target.put("plannedActivities", load.plannedActivities(entry.getValue()));
            target.put("plannedPersonTurns", load.plannedPersonTurns(entry.getValue()));
            plannedPersonTurns += load.plannedPersonTurns(entry.getValue());
            if (line.pool() == Line.Pool.COMMUNITY) {
                target.put("minWomenPercent", 30);
                if (programme == Programme.DTTS && province.minorityShare() >= 0.3) {
                    target.put("minEthnicMinorityPercent", (int) Math.round(province.minorityShare() * 80));
                }
            }
            targetLines.add(target);
            envelope += ProvinceLoad.allocationVnd(line, entry.getValue());
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("programmeCode", programme.code());
        plan.put("title", programme.title(province));
        plan.put("issuingBody", "UBND " + province.name());
        plan.put("documentNumber", programme.documentNumber());
        plan.put("documentDate", "2025-07-05");
        plan.put("periodStart", PERIOD_START);
        plan.put("periodEnd", PERIOD_END);
        plan.put("budgetTotalVnd", envelope);
        plan.put("budgetBySource", List.of(Map.of("source", "CENTRAL", "amountVnd", envelope)));
        plan.put("targetLines", targetLines);
        String officer = tokens.officer(province);
        JsonNode draft = require("setup: plan", api.post(at.plan() + "/api/v1/plans", officer, plan, CALL), province);
        String url = at.plan() + "/api/v1/plans/" + draft.path("id").asString();
        JsonNode submitted = require("setup: plan submission", Versioned.post(api, officer, url, url + "/submission",
                draft.path("version").asLong(), Map.of(), failures, "setup: plan submission", province.tenantId()), province);
        JsonNode approved = require("setup: plan approval", Versioned.post(api, officer, url, url + "/approval",
                submitted.path("version").asLong(), Map.of("approvedOn", "2025-07-08"), failures, "setup: plan approval",
                province.tenantId()), province);
        return new PlanSetup(programme, approved.path("id").asString(),
                approved.at("/effectiveRules/minAttendancePercent").asInt(100), plan, plannedPersonTurns);
    }

    /** Enrolment and budget learn the plan, the province and the units through Kafka: wait until both have. */
    private void awaitKnown(Province province, PlanSetup plan, List<String> units) {
        String officer = tokens.officer(province);
        await(province, "enrolment knows the plan", at.enrolment() + "/api/v1/plans/" + plan.planId() + "/progress",
                officer, ApiClient.Answer::ok);
        await(province, "budget opened the plan", at.budget() + "/api/v1/budgets/" + plan.planId(), officer,
                answer -> answer.ok() && "OPEN".equals(answer.body().path("status").asString()));
        await(province, "enrolment knows the units", at.enrolment() + "/api/v1/reference/units", officer,
                answer -> answer.ok() && units.stream().allMatch(code -> answer.raw().contains("\"" + code + "\"")));
    }

    private void allocate(ProvinceLoad load, PlanSetup plan, Map<Line, ProvinceLoad.LineTotals> lines) {
        Province province = load.province();
        for (Map.Entry<Line, ProvinceLoad.LineTotals> entry : lines.entrySet()) {
            Line line = entry.getKey();
            Map<String, Object> allocation = new LinkedHashMap<>();
            allocation.put("allocationId", "alloc-" + line.lineId());
            allocation.put("targetLineId", line.lineId());
            allocation.put("fundingSource", "CENTRAL");
            allocation.put("amountVnd", ProvinceLoad.allocationVnd(line, entry.getValue()));
            allocation.put("decisionNumber", "QĐ-BENCH/" + province.login().toUpperCase() + "/" + line.lineId());
            allocation.put("decisionDate", "2025-07-10");
            require("setup: allocation", api.post(at.budget() + "/api/v1/budgets/" + plan.planId() + "/allocations",
                    tokens.officer(province), allocation, CALL), province);
        }
    }

    private void await(Province province, String what, String url, String token, Predicate<ApiClient.Answer> done) {
        Instant deadline = Instant.now().plus(PROPAGATION);
        ApiClient.Answer last = null;
        while (Instant.now().isBefore(deadline)) {
            last = api.get(url, token, CALL);
            if (done.test(last)) {
                return;
            }
            sleep(250);
        }
        failures.record("setup: " + what, last == null ? 0 : last.status(), province.tenantId() + " not in "
                + PROPAGATION.toMinutes() + " min: " + (last == null ? "" : last.summary()));
        throw new SetupFailed(province.name() + ": " + what + " — not in " + PROPAGATION.toMinutes() + " min");
    }

    private JsonNode require(String step, ApiClient.Answer answer, Province province) {
        if (!answer.ok()) {
            failures.record(step, answer, province.tenantId());
            throw new SetupFailed(province.name() + ": " + step + " → " + answer.summary());
        }
        return answer.body();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupFailed("interrupted");
        }
    }

    private static final class SetupFailed extends RuntimeException {
        SetupFailed(String message) {
            super(message);
        }
    }
}
