package vn.taphuan.reporting.progress;

/** Whether a target will be reached by its deadline; declared from best to worst. */
public enum ForecastStatus {
    ON_TRACK, AT_RISK, OFF_TRACK;

    public ForecastStatus worse(ForecastStatus other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }
}
