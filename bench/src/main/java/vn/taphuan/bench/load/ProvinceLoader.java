package vn.taphuan.bench.load;

import tools.jackson.databind.JsonNode;
import vn.taphuan.bench.measure.LagProbe;
import vn.taphuan.bench.nation.ClassSpec;
import vn.taphuan.bench.nation.Learners;
import vn.taphuan.bench.nation.Province;
import vn.taphuan.bench.nation.ProvinceLoad;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads one province's activities in order, as its officer would: schedule the activity under its line, upload its
 * attendance sheet (and wait for the import's report), record the completions, mark it held. Every refusal is
 * counted and the next activity goes on. Who completed is counted from the answers, for the exact-total checks.
 * <p>
 * A call that gets no answer (the service is down or restarting: the fault scenarios) is sent again once the service
 * answers, as an officer would press the button again — every step is safe to repeat: the activity is scheduled
 * under an Idempotency-Key, a sheet uploaded again counts its rows once, completions complete who is left, and a hold
 * is checked against the activity. After such a repeat, what was recorded is read from the activity itself.
 */
public final class ProvinceLoader {

    private static final Duration CALL = Duration.ofSeconds(60);
    /** An import of 20,000 rows or the completions of as many may take long on a slow store. */
    private static final Duration LONG_CALL = Duration.ofMinutes(60);
    private static final int BUSY_RETRIES = 20;
    /** How long a step waits for a service that does not answer before it gives up (2 s between tries). */
    private static final int OUTAGE_RETRIES = 150;

    private final ApiClient api;
    private final Endpoints at;
    private final Tokens tokens;
    private final Pacer pacer;
    private final LoadCounters counters;
    private final Failures failures;
    private final LagProbe lag;
    private final long seed;

    public ProvinceLoader(ApiClient api, Endpoints at, Tokens tokens, Pacer pacer, LoadCounters counters,
                          Failures failures, LagProbe lag, long seed) {
        this.api = api;
        this.at = at;
        this.tokens = tokens;
        this.pacer = pacer;
        this.counters = counters;
        this.failures = failures;
        this.lag = lag;
        this.seed = seed;
    }

    /** An activity held, to be paid for. */
    public record Held(String planId, String trainingEventId, ClassSpec activity) {
    }

    /** What the province's generated rows add up to, and the activities held. */
    public record Loaded(NationSetup.ProvinceSetup setup, Learners.Tally generated, List<Held> held) {
    }

    public Loaded load(NationSetup.ProvinceSetup setup) throws InterruptedException {
        ProvinceLoad province = setup.load();
        // a province that could not be set up is still drawn (its sheets count as generated, not sent)
        Learners learners = new Learners(province, setup.ready() ? setup.unitCodes() : List.of("-"), seed);
        Map<String, Long> achievedByPlan = new HashMap<>();
        List<Held> held = new ArrayList<>();
        if (setup.ready()) {
            setup.plans().values().forEach(plan -> counters.personTurnTargets.addAndGet(plan.plannedPersonTurns()));
        }
        int loaded = 0;
        for (ClassSpec activity : province.classes()) {
            if (setup.ready() && loaded++ == province.classes().size() / 2) {
                amend(province.province(), setup.plans().values().iterator().next());
            }
            Pacer.Phase phase = pacer.acquire(activity.rows());
            // the sheet is drawn even when the platform refuses the activity, so who is who never depends on failures
            List<Learners.Row> rows = learners.sheet(activity);
            if (!setup.ready()) {
                continue;
            }
            try {
                NationSetup.PlanSetup plan = setup.plans().get(activity.line().programme());
                String unit = setup.unitCodes().get(activity.number() % setup.unitCodes().size());
                String eventId = schedule(province.province(), plan, activity, unit);
                if (eventId == null) {
                    continue;
                }
                String eventUrl = at.enrolment() + "/api/v1/training-events/" + eventId;
                byte[] sheet = AttendanceSheet.csv(activity, rows, activity.sessionsRequired(plan.minAttendancePercent()));
                long start = System.nanoTime();
                counters.rowsSent.addAndGet(rows.size());
                long accepted = upload(province.province(), activity, eventUrl, sheet);
                long completed = complete(province.province(), activity, eventUrl);
                long end = System.nanoTime();
                counters.completions(province.province().tenantId(), completed);
                counters.window(phase, start, end, rows.size(), accepted, completed);
                counters.classesDone.incrementAndGet();
                if (completed > 0) {
                    long achieved = achievedByPlan.merge(plan.planId(), completed, Long::sum);
                    lag.offer(phase, province.province(), plan.planId(), achieved, end);
                }
                if (hold(province.province(), activity, eventUrl)) {
                    held.add(new Held(plan.planId(), eventId, activity));
                }
            } catch (RuntimeException e) {
                // a bug or an answer of an unexpected shape: counted, and the next activity goes on
                failures.record("load", 0, province.province().tenantId() + " " + activity.title() + ": " + e);
            }
        }
        return new Loaded(setup, learners.tally(), held);
    }

    /**
     * Half-way through its sheets the province amends a plan, as a mid-year review does: every target line's
     * person-turns raised by a tenth. Sent with the version read first, again after a 412 or an outage; the new targets
     * must reach the nationwide figures, whatever failed meanwhile.
     */
    private void amend(Province province, NationSetup.PlanSetup plan) {
        Map<String, Object> content = new LinkedHashMap<>(plan.content());
        List<Map<String, Object>> lines = new ArrayList<>();
        long raised = 0;
        for (Object value : (List<?>) plan.content().get("targetLines")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> line = new LinkedHashMap<>((Map<String, Object>) value);
            long planned = ((Number) line.get("plannedPersonTurns")).longValue();
            long amended = planned + (planned + 9) / 10;
            line.put("plannedPersonTurns", amended);
            raised += amended - planned;
            lines.add(line);
        }
        content.put("targetLines", lines);
        String url = at.plan() + "/api/v1/plans/" + plan.planId();
        Map<String, Object> amendment = Map.of("reason", "Bổ sung chỉ tiêu sau sơ kết giữa kỳ", "amendedOn", "2025-09-15",
                "amendmentDocumentNumber", "15/KH-UBND-BS", "content", content);
        ApiClient.Answer answer = untilAnswered("amendment", province.tenantId() + " " + plan.planId(), () ->
                Versioned.post(api, tokens.officer(province), url, url + "/amendments", -1, amendment, failures,
                        "amendment", province.tenantId()));
        if (answer.ok() || inEffect(province, url, lines)) {
            counters.personTurnTargets.addAndGet(raised);
            counters.plansAmended.incrementAndGet();
        } else {
            failures.record("amendment", answer, province.tenantId() + " " + plan.planId());
        }
    }

    /**
     * Whether the plan's targets are now the amended ones. An amendment the service stored while its answer was lost
     * (the store went away before it could say so) is in effect, yet sending it again is refused — with 412, then, on
     * the version read anew, as unchanged. The officer reloads the plan and sees it amended; so does the loader.
     */
    private boolean inEffect(Province province, String url, List<Map<String, Object>> amended) {
        ApiClient.Answer plan = untilAnswered("plan read", province.tenantId() + " " + url,
                () -> api.get(url, tokens.officer(province), CALL));
        if (!plan.ok()) {
            return false;
        }
        Map<String, Long> stored = new HashMap<>();
        plan.body().path("targetLines").forEach(line ->
                stored.put(line.path("lineId").asString(), line.path("plannedPersonTurns").asLong()));
        for (Map<String, Object> line : amended) {
            if (!Long.valueOf(((Number) line.get("plannedPersonTurns")).longValue()).equals(stored.get(line.get("lineId")))) {
                return false;
            }
        }
        failures.record("amendment (its answer lost, found in effect when the plan was read)", plan.status(),
                province.tenantId() + " " + url);
        return true;
    }

    private String schedule(Province province, NationSetup.PlanSetup plan, ClassSpec activity, String unit) {
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (ClassSpec.Session session : activity.sessions()) {
            sessions.add(Map.of("date", session.date().toString(), "kind", session.kind(), "topic", session.topic()));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("planId", plan.planId());
        request.put("targetLineId", activity.line().lineId());
        request.put("title", activity.title());
        request.put("unitCode", unit);
        request.put("startDate", activity.start().toString());
        request.put("endDate", activity.end().toString());
        request.put("capacity", activity.rows() + activity.rows() / 10 + 1);
        request.put("sessions", sessions);
        request.put("trainers", List.of("Báo cáo viên cấp tỉnh"));
        // the same activity of the same nation has the same key: scheduled once however often it is sent
        String key = "bench-" + seed + "-" + province.tenantId() + "-" + activity.line().name() + "-" + activity.number();
        ApiClient.Answer answer = untilAnswered("schedule", province.tenantId() + " " + activity.title(), () ->
                api.postOnce(at.enrolment() + "/api/v1/training-events", tokens.officer(province), key, request, CALL));
        if (!answer.ok()) {
            failures.record("schedule", answer, province.tenantId() + " " + activity.title());
            return null;
        }
        counters.classesScheduled.incrementAndGet();
        return answer.body().path("id").asString();
    }

    /** Uploads the sheet and waits for the import's report; answers the rows it accepted. */
    private long upload(Province province, ClassSpec activity, String eventUrl, byte[] sheet) {
        String context = province.tenantId() + " " + activity.title();
        java.util.function.Supplier<ApiClient.Answer> send = () -> untilAnswered("import", context, () -> api.upload(
                eventUrl + "/imports?wait=true", tokens.officer(province), "diem-danh.csv", "text/csv; charset=utf-8",
                sheet, LONG_CALL));
        ApiClient.Answer answer = send.get();
        for (int attempt = 1; attempt <= BUSY_RETRIES; attempt++) {
            if (answer.status() == 503 && answer.retryAfterSeconds() >= 0) {
                // a service busy with other sheets says when to come back, as the page tells the officer: wait that long
                failures.record("import (503 busy, sent again after Retry-After)", answer, context);
                sleepSeconds(Math.min(answer.retryAfterSeconds(), 60));
            } else if (answer.ok() && "FAILED".equals(answer.body().path("status").asString())) {
                // an import the service could not finish (its store went away in the middle) is uploaded again, as
                // the page tells the officer to: the rows it imported already are not counted twice
                failures.record("import (failed, uploaded again)", answer.status(), context + ": "
                        + answer.body().path("failure").asString(""));
                sleepSeconds(2);
            } else {
                break;
            }
            answer = send.get();
        }
        if (!answer.ok()) {
            failures.record("import", answer, province.tenantId() + " " + activity.title() + " (" + activity.rows() + " rows)");
            return 0;
        }
        JsonNode report = answer.body();
        long accepted = report.path("acceptedRows").asLong();
        long rejected = report.path("rejectedRows").asLong();
        counters.rowsAccepted.addAndGet(accepted);
        counters.rowsRejected.addAndGet(rejected);
        if (!"DONE".equals(report.path("status").asString())) {
            failures.record("import", answer.status(), province.tenantId() + " " + activity.title() + ": status "
                    + report.path("status").asString() + " " + report.path("failure").asString(""));
        } else if (rejected > 0) {
            failures.record("import: rows rejected", answer.status(), province.tenantId() + " " + activity.title() + ": "
                    + rejected + " rows, e.g. " + report.path("errors").path(0));
        }
        return accepted;
    }

    /** Records the completions; after a failure, asks the activity how many were recorded all the same. */
    private long complete(Province province, ClassSpec activity, String eventUrl) {
        boolean[] repeated = {false};
        ApiClient.Answer answer = untilAnswered("completions", province.tenantId() + " " + activity.title(), () -> {
            ApiClient.Answer sent = api.post(eventUrl + "/completions", tokens.officer(province), Map.of(), LONG_CALL);
            repeated[0] |= unanswered(sent);
            return sent;
        });
        if (answer.ok() && !repeated[0]) {
            return answer.body().path("completed").asLong();
        }
        if (answer.ok()) {
            // an unanswered try may have completed some pages before the service went down: the activity knows
            ApiClient.Answer event = api.get(eventUrl, tokens.officer(province), CALL);
            if (event.ok()) {
                return event.body().path("completed").asLong();
            }
        }
        failures.record("completions", answer, province.tenantId() + " " + activity.title() + " (" + activity.rows() + " rows)");
        ApiClient.Answer event = api.get(eventUrl, tokens.officer(province), CALL);
        return event.ok() ? event.body().path("completed").asLong() : 0;
    }

    private boolean hold(Province province, ClassSpec activity, String eventUrl) {
        String context = province.tenantId() + " " + activity.title();
        boolean[] repeated = {false};
        ApiClient.Answer held = untilAnswered("hold", context, () -> {
            ApiClient.Answer sent = Versioned.post(api, tokens.officer(province), eventUrl, eventUrl + "/hold", -1,
                    Map.of(), failures, "hold", context);
            repeated[0] |= unanswered(sent);
            return sent;
        });
        if (!held.ok() && repeated[0]) {
            // the unanswered try may have held it: then this one was refused as a second hold
            ApiClient.Answer event = api.get(eventUrl, tokens.officer(province), CALL);
            if (event.ok() && event.body().path("status").asString().equals("HELD")) {
                counters.classesHeld.incrementAndGet();
                return true;
            }
        }
        if (!held.ok()) {
            failures.record("hold", held, province.tenantId() + " " + activity.title());
            return false;
        }
        counters.classesHeld.incrementAndGet();
        return true;
    }

    /**
     * Sends the call, and again while it gets no answer at all, a gateway's 502 or 504, or a 503 (the service or its
     * store is down or restarting) — after what its Retry-After asks, else 2 s — for at most five minutes; each such
     * try is counted as a failure of its step.
     */
    private ApiClient.Answer untilAnswered(String step, String context, java.util.function.Supplier<ApiClient.Answer> call) {
        ApiClient.Answer answer = call.get();
        for (int attempt = 1; unanswered(answer) && attempt <= OUTAGE_RETRIES; attempt++) {
            failures.record(step + " (no answer, sent again once the service answers)", answer, context);
            sleepSeconds(Math.min(10, Math.max(2, answer.retryAfterSeconds())));
            answer = call.get();
        }
        return answer;
    }

    static boolean unanswered(ApiClient.Answer answer) {
        boolean busy = answer.body() != null && answer.body().path("type").asString("").endsWith("/busy");
        return answer.status() == 0 || answer.status() == 502 || answer.status() == 503 && !busy || answer.status() == 504;
    }

    private static void sleepSeconds(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
