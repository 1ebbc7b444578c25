package vn.taphuan.kit.problem;

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
    public Busy(String field, String whatVi, String whatEn, Duration retryAfter) {
        super("Hệ thống đang bận", "Service busy",
                "Hệ thống đang bận " + whatVi + "; hãy thử lại sau " + retryAfter.toSeconds() + " giây",
                "The service is busy " + whatEn + "; try again in " + retryAfter.toSeconds() + " seconds",
                List.of(FieldViolation.of(field, "hệ thống đang bận " + whatVi + "; hãy thử lại sau "
                        + retryAfter.toSeconds() + " giây", "the service is busy " + whatEn + "; try again in "
                        + retryAfter.toSeconds() + " seconds")));
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
