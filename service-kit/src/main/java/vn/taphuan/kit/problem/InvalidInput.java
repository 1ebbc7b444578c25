package vn.taphuan.kit.problem;

import java.util.List;

/** The request names fields whose values are not acceptable (HTTP 400). */
public class InvalidInput extends ProblemException {

    public InvalidInput(List<FieldViolation> violations) {
        super("Dữ liệu không hợp lệ", "Invalid input",
                "Có " + violations.size() + " trường không hợp lệ",
                violations.size() + " field(s) are invalid", violations);
    }

    public InvalidInput(FieldViolation violation) {
        this(List.of(violation));
    }

    @Override
    public String code() {
        return "invalid-input";
    }

    @Override
    public int status() {
        return 400;
    }
}
