package vn.taphuan.budget;

import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;

/** The aggregate version as an HTTP entity tag, and back from an {@code If-Match} header. */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version named by an {@code If-Match} header ({@code "7"}, {@code W/"7"} or {@code 7}), or null without one
     * (or with {@code *}, which accepts any version).
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidInput(FieldViolation.of(IF_MATCH, "phải là phiên bản (ETag) đã đọc, ví dụ \"3\"",
                "must be the version (ETag) read, e.g. \"3\""));
    }

    /** Like {@link #expectedVersion}, for writes that replace what the caller read and so must name its version. */
    public static long requiredVersion(String ifMatch) {
        Long version = expectedVersion(ifMatch);
        if (version == null) {
            throw new InvalidInput(FieldViolation.of(IF_MATCH, "là bắt buộc: gửi phiên bản (ETag) đã đọc",
                    "is required: send the version (ETag) you read"));
        }
        return version;
    }

    private ETags() {
    }
}
