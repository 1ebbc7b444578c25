package vn.taphuan.kit.problem;

import java.util.List;

/**
 * Someone else changed the aggregate since the caller read it: the version in its {@code If-Match} is no longer the
 * stored one (HTTP 412 Precondition Failed); reload and try again.
 */
public class StaleVersion extends ProblemException {

    public StaleVersion(String id, long expectedVersion) {
        super("Dữ liệu đã bị thay đổi", "Stale version",
                "Bản ghi " + id + " đã được người khác sửa (phiên bản " + expectedVersion + " đã cũ); hãy tải lại",
                "Record " + id + " was changed by someone else (version " + expectedVersion + " is stale); reload it",
                List.of(FieldViolation.of("If-Match", "phiên bản đã cũ", "version is stale")));
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
