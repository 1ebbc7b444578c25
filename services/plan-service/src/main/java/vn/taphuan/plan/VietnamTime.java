package vn.taphuan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in the platform are Vietnamese calendar days (UTC+7), whatever zone the server runs in. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private VietnamTime() {
    }
}
