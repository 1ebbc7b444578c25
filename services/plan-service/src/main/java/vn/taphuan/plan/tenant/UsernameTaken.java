package vn.taphuan.plan.tenant;

import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.ProblemException;

import java.util.List;

/** The chosen administrator user name already belongs to another user (HTTP 409). */
public class UsernameTaken extends ProblemException {

    public UsernameTaken(String username) {
        super("Tên đăng nhập đã được dùng", "User name taken",
                "Tên đăng nhập " + username + " đã thuộc về người dùng khác",
                "User name " + username + " already belongs to another user",
                List.of(FieldViolation.of("administrator.username", "đã được dùng", "is already taken")));
    }

    @Override
    public String code() {
        return "username-taken";
    }

    @Override
    public int status() {
        return 409;
    }
}
