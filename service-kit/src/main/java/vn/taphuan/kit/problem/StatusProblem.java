package vn.taphuan.kit.problem;

import vn.taphuan.kit.refusal.Reason;

import java.util.List;

/**
 * A refusal known only by its HTTP status — raised by the server or a library rather than by a service's code (an
 * unknown path, a method the path does not take, a body larger than allowed) — told in both languages.
 */
public final class StatusProblem extends ProblemException {

    private final int status;
    private final String code;

    private StatusProblem(int status, String code, Reason detail) {
        super(code, detail, List.of());
        this.status = status;
        this.code = code;
    }

    /** The problem for {@code status}, answered by the server or a library for a request to {@code path}. */
    public static StatusProblem of(int status, String method, String path) {
        return switch (status) {
            case 400 -> new StatusProblem(400, "bad-request", new ServiceReason.RequestUnreadable());
            case 401 -> new StatusProblem(401, "unauthenticated", new ServiceReason.SignInFirst());
            case 403 -> new StatusProblem(403, "forbidden", new ServiceReason.RoleNotAllowed());
            case 404 -> new StatusProblem(404, "not-found", new ServiceReason.NoResource(path));
            case 405 -> methodNotAllowed(method);
            case 406 -> new StatusProblem(406, "not-acceptable", new ServiceReason.CannotAnswerInAcceptedFormat());
            case 408 -> new StatusProblem(408, "request-timeout", new ServiceReason.RequestTooSlow());
            case 413 -> contentTooLarge(null);
            case 415 -> new StatusProblem(415, "unsupported-media-type", new ServiceReason.ContentTypeNotAccepted());
            case 429 -> new StatusProblem(429, "too-many-requests", new ServiceReason.TooManyRequests());
            case 503 -> new StatusProblem(503, "unavailable", new ServiceReason.BusyOrStarting());
            default -> status >= 500
                    ? new StatusProblem(status, "internal-error", new ServiceReason.UnexpectedError())
                    : new StatusProblem(status, "refused", new ServiceReason.RequestRefused(Integer.toString(status)));
        };
    }

    public static StatusProblem methodNotAllowed(String method) {
        return new StatusProblem(405, "method-not-allowed", new ServiceReason.AddressDoesNotTake(method));
    }

    public static StatusProblem contentTooLarge(Long limitBytes) {
        String limit = limitBytes == null || limitBytes < 0 ? null : megabytes(limitBytes);
        return new StatusProblem(413, "content-too-large", limit == null ? new ServiceReason.ContentLargerThanAllowed()
                : new ServiceReason.ContentLargerThan(limit));
    }

    private static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return (megabytes == Math.rint(megabytes) ? String.valueOf((long) megabytes)
                : String.format(java.util.Locale.ROOT, "%.1f", megabytes)) + " MB";
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return status;
    }
}
