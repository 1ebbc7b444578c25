package vn.taphuan.kit.problem;

import vn.taphuan.kit.refusal.Reason;

import java.util.List;

/** The addressed resource does not exist for this tenant (HTTP 404). Other tenants' data is reported the same way. */
public class NotFound extends ProblemException {

    public NotFound(Reason detail) {
        super("not-found", detail, List.of());
    }

    public NotFound(String whatVi, String whatEn, String id) {
        super("Không tìm thấy", "Not found",
                "Không tìm thấy " + whatVi + " " + id, whatEn + " " + id + " was not found", List.of());
    }

    @Override
    public String code() {
        return "not-found";
    }

    @Override
    public int status() {
        return 404;
    }
}
