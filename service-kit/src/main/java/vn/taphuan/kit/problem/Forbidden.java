package vn.taphuan.kit.problem;

import vn.taphuan.kit.refusal.Reason;

import java.util.List;

/** The caller is signed in but may not do this (HTTP 403): wrong role, another province, a disabled tenant. */
public class Forbidden extends ProblemException {

    private final String code;

    public Forbidden(String code, Reason detail) {
        super("forbidden", detail, List.of());
        this.code = code;
    }

    /** The caller's role may not do this. */
    public static Forbidden byRole() {
        return new Forbidden("forbidden", new ServiceReason.RoleNotAllowed());
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
