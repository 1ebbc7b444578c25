package vn.taphuan.budget.planbudget;

import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.ProblemException;

import java.util.List;

/** The same allocation, payment or settlement was recorded before (HTTP 409): recording it again would count it twice. */
public class AlreadyRecorded extends ProblemException {

    AlreadyRecorded(String detailVi, String detailEn, FieldViolation violation) {
        super("Đã được ghi nhận", "Already recorded", detailVi, detailEn, List.of(violation));
    }

    @Override
    public String code() {
        return "already-recorded";
    }

    @Override
    public int status() {
        return 409;
    }
}
