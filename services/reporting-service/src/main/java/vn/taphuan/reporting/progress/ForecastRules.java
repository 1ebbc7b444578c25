package vn.taphuan.reporting.progress;

import java.util.Map;

/**
 * The status rule of each programme: programmes judge their targets with their own thresholds where one is set (a
 * programme whose plans run late by design may accept a lower projection as "at risk"), the default rule otherwise.
 */
public final class ForecastRules {

    private final ForecastRule fallback;
    private final Map<String, ForecastRule> byProgramme;

    public ForecastRules(ForecastRule fallback, Map<String, ForecastRule> byProgramme) {
        this.fallback = fallback;
        this.byProgramme = Map.copyOf(byProgramme);
    }

    /** One rule for every programme. */
    public static ForecastRules single(ForecastRule rule) {
        return new ForecastRules(rule, Map.of());
    }

    /** The rule of {@code programmeCode} (null: the default). */
    public ForecastRule of(String programmeCode) {
        return programmeCode == null ? fallback : byProgramme.getOrDefault(programmeCode, fallback);
    }
}
