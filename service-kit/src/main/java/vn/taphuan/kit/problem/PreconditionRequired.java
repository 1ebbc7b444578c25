package vn.taphuan.kit.problem;

import java.util.List;

/**
 * A write that replaces what the caller read came without the version it read (HTTP 428): without it a concurrent
 * change would be overwritten unseen.
 */
public class PreconditionRequired extends ProblemException {

    public PreconditionRequired(String header) {
        super("Thiếu phiên bản đã đọc", "Precondition required",
                "Thao tác này cần tiêu đề " + header + " mang phiên bản (ETag) đã đọc; hãy tải lại rồi gửi lại",
                "This write needs an " + header + " header with the version (ETag) you read; read it, then send again",
                List.of(FieldViolation.of(header, "là bắt buộc: gửi phiên bản (ETag) đã đọc",
                        "is required: send the version (ETag) you read")));
    }

    @Override
    public String code() {
        return "precondition-required";
    }

    @Override
    public int status() {
        return 428;
    }
}
