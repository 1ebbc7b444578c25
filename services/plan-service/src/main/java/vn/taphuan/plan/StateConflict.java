package vn.taphuan.plan;

import java.util.List;

/**
 * The command does not fit the current state of the record (HTTP 409), e.g. approving a plan that was never
 * submitted, or disabling a tenant that is already disabled. Reload and pick a command its state allows.
 */
public class StateConflict extends vn.taphuan.kit.problem.ProblemException {

    private final String code;

    public StateConflict(String code, String detailVi, String detailEn) {
        super("Trạng thái không cho phép", "Conflicting state", detailVi, detailEn,
                List.of(vn.taphuan.kit.problem.FieldViolation.of("status", detailVi, detailEn)));
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return 409;
    }
}
