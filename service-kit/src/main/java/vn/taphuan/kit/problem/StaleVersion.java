package vn.taphuan.kit.problem;

import java.util.List;

/**
 * Someone else changed the aggregate since the caller read it: the version in its {@code If-Match} is no longer the
 * stored one (HTTP 412 Precondition Failed); reload and try again.
 */
public class StaleVersion extends ProblemException {

    public StaleVersion(String id, long expectedVersion) {
        super("stale-version", new ServiceReason.ChangedBySomeoneElse(id, Long.toString(expectedVersion)),
                List.of(FieldViolation.of("If-Match", new ServiceReason.VersionStale())));
    }

    @Override
    public String code() {
        return "stale-version";
    }

    @Override
    public int status() {
        return 412;
    }
}
