package vn.taphuan.kit.problem;

import vn.taphuan.kit.refusal.Reason;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The service is at its limit for this kind of work and refuses more for now (HTTP 503), telling the caller when to
 * try again ({@code Retry-After}), rather than let one heavy request starve every other.
 */
public class Busy extends ProblemException {

    private final Duration retryAfter;

    /** @param whatVi what the service is busy with, in Vietnamese ("đọc các tệp khác"); {@code whatEn} in English */
    /** @param doing what keeps the service busy, e.g. {@link ServiceReason.ReadingOtherFiles} */
    public Busy(String field, Reason doing, Duration retryAfter) {
        super("busy", new ServiceReason.ServiceBusy(doing, retryAfter.toSeconds()),
                List.of(FieldViolation.of(field, new ServiceReason.ServiceBusyWith(doing, retryAfter.toSeconds()))));
        this.retryAfter = retryAfter;
    }

    @Override
    public String code() {
        return "busy";
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
    }
}
