package vn.taphuan.bench.load;

import vn.taphuan.bench.nation.Province;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pays for every activity held, as the province's finance officer records payments: one expenditure per activity
 * from the central budget, named so that a repeated request is recognised. Budget-service learns an activity
 * through Kafka; a payment it does not know the activity of yet is tried again, for a while.
 */
public final class Payments {

    private static final Duration CALL = Duration.ofSeconds(60);
    /** How long one province's payments may wait, in all, for budget-service to learn its activities. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final ApiClient api;
    private final Endpoints at;
    private final Tokens tokens;
    private final LoadCounters counters;
    private final Failures failures;

    public Payments(ApiClient api, Endpoints at, Tokens tokens, LoadCounters counters, Failures failures) {
        this.api = api;
        this.at = at;
        this.tokens = tokens;
        this.counters = counters;
        this.failures = failures;
    }

    public void pay(ProvinceLoader.Loaded loaded) {
        Province province = loaded.setup().load().province();
        Instant giveUp = Instant.now().plus(PATIENCE);
        int number = 0;
        for (ProvinceLoader.Held held : loaded.held()) {
            number++;
            long amount = held.activity().paymentVnd();
            Map<String, Object> payment = new LinkedHashMap<>();
            payment.put("expenditureId", "pay-" + held.trainingEventId());
            payment.put("targetLineId", held.activity().line().lineId());
            payment.put("trainingEventId", held.trainingEventId());
            payment.put("fundingSource", "CENTRAL");
            payment.put("amountVnd", amount);
            payment.put("documentNumber", "PC-" + province.login().toUpperCase() + "-" + number);
            payment.put("spentOn", held.activity().end().plusDays(3).toString());
            String url = at.budget() + "/api/v1/budgets/" + held.planId() + "/expenditures";
            ApiClient.Answer answer = api.post(url, tokens.officer(province), payment, CALL);
            while (unknownActivity(answer) && Instant.now().isBefore(giveUp)) {
                NationSetup.sleep(1000);
                answer = api.post(url, tokens.officer(province), payment, CALL);
            }
            if (answer.ok()) {
                counters.payment(province.tenantId(), amount);
            } else {
                failures.record("payment", answer, province.tenantId() + " " + held.activity().title());
            }
        }
    }

    private static boolean unknownActivity(ApiClient.Answer answer) {
        return answer.status() == 422 && answer.raw() != null && answer.raw().contains("unknown-activity");
    }
}
