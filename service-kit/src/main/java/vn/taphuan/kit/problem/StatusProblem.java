package vn.taphuan.kit.problem;

import java.util.List;

/**
 * A refusal known only by its HTTP status — raised by the server or a library rather than by a service's code (an
 * unknown path, a method the path does not take, a body larger than allowed) — told in both languages.
 */
public final class StatusProblem extends ProblemException {

    private final int status;
    private final String code;

    private StatusProblem(int status, String code, String titleVi, String titleEn, String detailVi, String detailEn) {
        super(titleVi, titleEn, detailVi, detailEn, List.of());
        this.status = status;
        this.code = code;
    }

    /** The problem for {@code status}, about {@code method} on {@code path} as the caller sent them. */
    public static StatusProblem of(int status, String method, String path) {
        return switch (status) {
            case 400 -> new StatusProblem(400, "bad-request", "Yêu cầu không hợp lệ", "Bad request",
                    "Máy chủ không đọc được yêu cầu này", "The request could not be read");
            case 401 -> new StatusProblem(401, "unauthenticated", "Chưa đăng nhập", "Unauthenticated",
                    "Cần đăng nhập: hãy gửi mã truy cập (Bearer token) hợp lệ", "Sign in first: send a valid bearer token");
            case 403 -> new StatusProblem(403, "forbidden", "Không có quyền", "Forbidden",
                    "Vai trò của bạn không được phép thực hiện thao tác này", "Your role is not allowed to do this");
            case 404 -> new StatusProblem(404, "not-found", "Không tìm thấy", "Not found",
                    "Không có tài nguyên " + path, "No resource " + path);
            case 405 -> methodNotAllowed(method);
            case 406 -> new StatusProblem(406, "not-acceptable", "Không trả lời được theo định dạng yêu cầu",
                    "Not acceptable", "Không thể trả lời theo định dạng nêu trong tiêu đề Accept",
                    "Cannot answer in a format the Accept header allows");
            case 408 -> new StatusProblem(408, "request-timeout", "Hết thời gian chờ yêu cầu", "Request timeout",
                    "Yêu cầu gửi đến quá chậm; hãy gửi lại", "The request arrived too slowly; send it again");
            case 413 -> contentTooLarge(null);
            case 415 -> new StatusProblem(415, "unsupported-media-type", "Định dạng nội dung không được hỗ trợ",
                    "Unsupported media type", "Định dạng nội dung (Content-Type) này không được nhận ở đây",
                    "This Content-Type is not accepted here");
            case 429 -> new StatusProblem(429, "too-many-requests", "Quá nhiều yêu cầu", "Too many requests",
                    "Đã gửi quá nhiều yêu cầu; hãy thử lại sau", "Too many requests; try again later");
            case 503 -> new StatusProblem(503, "unavailable", "Dịch vụ tạm thời không sẵn sàng", "Service unavailable",
                    "Dịch vụ đang bận hoặc đang khởi động; hãy thử lại sau",
                    "The service is busy or starting; try again later");
            default -> status >= 500
                    ? new StatusProblem(status, "internal-error", "Lỗi hệ thống", "Internal error",
                    "Đã có lỗi không mong muốn", "An unexpected error occurred")
                    : new StatusProblem(status, "refused", "Yêu cầu bị từ chối", "Request refused",
                    "Yêu cầu không thực hiện được (mã " + status + ")", "The request cannot be served (status "
                    + status + ")");
        };
    }

    /** {@code method} is not one this path takes (HTTP 405). */
    public static StatusProblem methodNotAllowed(String method) {
        return new StatusProblem(405, "method-not-allowed", "Phương thức không được hỗ trợ", "Method not allowed",
                "Địa chỉ này không nhận phương thức " + method, "This address does not take " + method);
    }

    /** The request's content is larger than allowed (HTTP 413); {@code limitBytes} null when not known. */
    public static StatusProblem contentTooLarge(Long limitBytes) {
        String limit = limitBytes == null || limitBytes < 0 ? null : megabytes(limitBytes);
        return new StatusProblem(413, "content-too-large", "Nội dung gửi lên quá lớn", "Content too large",
                limit == null ? "Nội dung gửi lên vượt quá giới hạn cho phép"
                        : "Nội dung gửi lên vượt quá giới hạn " + limit,
                limit == null ? "The content sent is larger than allowed" : "The content sent is larger than " + limit);
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
