package vn.taphuan.reporting.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages and shares: computed from whole counts, one decimal, half up; none when the whole is zero. */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static BigDecimal of(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private Percent() {
    }
}
