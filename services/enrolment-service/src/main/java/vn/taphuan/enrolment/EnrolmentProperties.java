package vn.taphuan.enrolment;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Settings of enrolment-service ({@code enrolment.*}).
 *
 * @param personKeySecret secret of the keyed hash (HMAC-SHA-256) that turns ID numbers into person keys; the same
 *                        in every replica and every province, never in Git ({@code PERSON_KEY_SECRET})
 * @param timeZone        the officers' time zone, for "today"
 * @param seatHoldTimeout how long a seat taken for an enrolment that never became active stays reserved before it
 *                        is healed (freed)
 * @param importChunkSize rows of a sheet handled per batch (progress is reported per batch)
 * @param importMaxRows   largest sheet accepted
 */
@ConfigurationProperties("enrolment")
public record EnrolmentProperties(String personKeySecret, ZoneId timeZone, Duration seatHoldTimeout,
                                  Integer importChunkSize, Integer importMaxRows) {

    /** Development default; {@code EnrolmentServiceApplication} warns at start-up when it is in use. */
    public static final String DEV_SECRET = "dev-only-person-key-secret-change-me";

    public EnrolmentProperties {
        personKeySecret = personKeySecret == null || personKeySecret.isBlank() ? DEV_SECRET : personKeySecret;
        timeZone = timeZone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : timeZone;
        seatHoldTimeout = seatHoldTimeout == null ? Duration.ofMinutes(1) : seatHoldTimeout;
        importChunkSize = importChunkSize == null ? 500 : importChunkSize;
        importMaxRows = importMaxRows == null ? 20_000 : importMaxRows;
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }
}
