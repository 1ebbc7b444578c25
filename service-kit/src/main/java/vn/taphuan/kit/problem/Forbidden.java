package vn.taphuan.kit.problem;

import java.util.List;

/** The caller is signed in but may not do this (HTTP 403): wrong role, another province, a disabled tenant. */
public class Forbidden extends ProblemException {

    private final String code;

    public Forbidden(String code, String detailVi, String detailEn) {
        super("Không có quyền", "Forbidden", detailVi, detailEn, List.of());
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return 403;
    }
}
