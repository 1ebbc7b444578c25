package vn.taphuan.kit.problem;

import java.util.List;

/**
 * The request is well formed but a business rule refuses it (HTTP 422), e.g. a class is full or a plan is not yet
 * approved. Names the field the rule is about when there is one.
 */
public class RuleViolation extends ProblemException {

    private final String rule;

    public RuleViolation(String rule, String detailVi, String detailEn, List<FieldViolation> violations) {
        super("Vi phạm quy định nghiệp vụ", "Business rule violated", detailVi, detailEn, violations);
        this.rule = rule;
    }

    public RuleViolation(String rule, String field, String detailVi, String detailEn) {
        this(rule, detailVi, detailEn, List.of(FieldViolation.of(field, detailVi, detailEn)));
    }

    @Override
    public String code() {
        return rule;
    }

    @Override
    public int status() {
        return 422;
    }
}
