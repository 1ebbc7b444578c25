package vn.taphuan.reporting.progress;

/**
 * Where a target stands against its deadline; declared from best to worst. Each count (activities, person-turns,
 * persons covered) has its own, so a count beyond its target never paints another that falls short; a scope's status
 * is the worst of its counts'.
 */
public enum ForecastStatus {
    /** the target is reached */
    REACHED,
    /** not yet reached, and the projection reaches it by the deadline */
    ON_TRACK,
    /** the projection falls short, but by less than the programme's at-risk threshold */
    AT_RISK,
    /** the projection falls further short, or the deadline passed (or the plan closed) before the target was reached */
    OFF_TRACK;

    public ForecastStatus worse(ForecastStatus other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }

    /** Reached, or on course to be by the deadline. */
    public boolean onCourse() {
        return this == REACHED || this == ON_TRACK;
    }
}
