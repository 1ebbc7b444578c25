package vn.taphuan.reporting.progress;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the provinces stand one by one, beside the national sums: how many reached their targets or are on course,
 * how many are at risk or off track, how many have reported nothing, and the person-turns counted only up to each
 * province's own target — so that one province far beyond its target does not hide another's shortfall, as a plain
 * sum does.
 *
 * @param provinces               provinces onboarded and reporting (those merged into another count under their heir)
 * @param withoutData             of them, those with no plan reported (in the scope: a programme, or any)
 * @param byStatus                provinces with data by status (nationwide: the worst of each province's programmes)
 * @param onCourse                provinces that reached their targets or are on track for the deadline
 * @param onCourseShare           that as a share of the provinces with data
 * @param personTurnTarget        the provinces' person-turn targets added up
 * @param personTurnsWithinTarget person-turns added up with each province's counted only up to its own target (per
 *                                programme: beyond a programme's target does not make up for another's shortfall)
 * @param percentWithinTarget     that as a share of the targets: the progress of the provinces together
 */
public record ProvinceStanding(int provinces, int withoutData, Map<ForecastStatus, Integer> byStatus, int onCourse,
                               BigDecimal onCourseShare, long personTurnTarget, long personTurnsWithinTarget,
                               BigDecimal percentWithinTarget) {

    /** Person-turns of a scope as they count into the provinces' joint progress: never beyond the target. */
    public static long withinTarget(long achieved, long target) {
        return Math.max(0, Math.min(achieved, target));
    }

    /** Adds up the provinces of a scope, one at a time. */
    public static final class Builder {
        private int provinces;
        private int withoutData;
        private final Map<ForecastStatus, Integer> byStatus = new EnumMap<>(ForecastStatus.class);
        private long target;
        private long withinTarget;
        private int onCourse;

        public Builder() {
            for (ForecastStatus status : ForecastStatus.values()) {
                byStatus.put(status, 0);
            }
        }

        /** A province that reported nothing in the scope. */
        public Builder withoutData() {
            provinces++;
            withoutData++;
            return this;
        }

        /**
         * A province with data: its status (null when none of its counts has a target), its person-turn target and
         * its person-turns already capped by {@link #withinTarget}.
         */
        public Builder add(ForecastStatus status, long personTurnTarget, long personTurnsWithinTarget) {
            provinces++;
            if (status != null) {
                byStatus.merge(status, 1, Math::addExact);
                onCourse += status.onCourse() ? 1 : 0;
            }
            target = Math.addExact(target, personTurnTarget);
            withinTarget = Math.addExact(withinTarget, personTurnsWithinTarget);
            return this;
        }

        public ProvinceStanding build() {
            return new ProvinceStanding(provinces, withoutData, Collections.unmodifiableMap(new EnumMap<>(byStatus)), onCourse,
                    Percent.of(onCourse, provinces - withoutData), target, withinTarget, Percent.of(withinTarget, target));
        }
    }
}
