package vn.taphuan.reporting.progress;

/**
 * The forecasts of a line, a plan or a wider scope, one per count that has a target, and the worst of their
 * statuses.
 */
public record Outlook(ForecastStatus status, Forecast activities, Forecast personTurns, Forecast coverage) {

    static Outlook of(Forecast activities, Forecast personTurns, Forecast coverage) {
        ForecastStatus status = null;
        for (Forecast f : new Forecast[]{activities, personTurns, coverage}) {
            if (f != null) {
                status = f.status().worse(status);
            }
        }
        return new Outlook(status, activities, personTurns, coverage);
    }
}
