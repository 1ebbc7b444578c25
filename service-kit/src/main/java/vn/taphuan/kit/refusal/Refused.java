package vn.taphuan.kit.refusal;

import java.util.List;
import java.util.Objects;

/**
 * The domain refuses a command: what kind of refusal it is, the problem's code, the reason and the fields it is
 * about — no status and no sentences. The edge ({@code ProblemDetailsAdvice}) answers it as problem details, the
 * kind deciding the status and the words coming from the catalogues.
 */
public final class Refused extends RuntimeException {

    /** What kind of refusal; the edge maps each to its status (400, 404, 409, 422). */
    public enum Kind {
        /** The input names values that are not acceptable, whatever the state. */
        INVALID,
        /** What the command addresses does not exist (for this province). */
        NOT_FOUND,
        /** The command does not fit the current state of the record, or was recorded before. */
        CONFLICT,
        /** The input is acceptable but a business rule refuses it. */
        RULE
    }

    private final Kind kind;
    private final String problem;
    private final Reason reason;
    private final List<Violation> violations;

    /**
     * @param problem the problem's code (the last part of its type URI): the reason's code unless a family of
     *                reasons shares one, e.g. {@code already-recorded}
     */
    public Refused(Kind kind, String problem, Reason reason, List<Violation> violations) {
        super(null, null, false, false); // refusals are answers, not faults: no stack to fill
        this.kind = Objects.requireNonNull(kind);
        this.problem = Objects.requireNonNull(problem);
        this.reason = Objects.requireNonNull(reason);
        this.violations = List.copyOf(violations);
    }

    /** Bad fields, each with its reason. */
    public static Refused invalid(List<Violation> violations) {
        return new Refused(Kind.INVALID, "invalid-input", new InvalidFields(violations.size()), violations);
    }

    public static Refused invalid(String field, Reason reason) {
        return invalid(List.of(Violation.of(field, reason)));
    }

    /** A business rule refuses; the problem is named by the reason's code. */
    public static Refused rule(Reason reason, List<Violation> violations) {
        return new Refused(Kind.RULE, reason.code(), reason, violations);
    }

    /** A business rule about one field refuses; the field is told the same reason. */
    public static Refused rule(String field, Reason reason) {
        return rule(reason, List.of(Violation.of(field, reason)));
    }

    public static Refused notFound(Reason reason) {
        return new Refused(Kind.NOT_FOUND, "not-found", reason, List.of());
    }

    /** The command does not fit the record's state; the problem is named by the reason's code. */
    public static Refused conflict(Reason reason, List<Violation> violations) {
        return new Refused(Kind.CONFLICT, reason.code(), reason, violations);
    }

    public Kind kind() {
        return kind;
    }

    public String problem() {
        return problem;
    }

    public Reason reason() {
        return reason;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The English detail, for logs and for code that reports a refusal elsewhere than over HTTP. */
    @Override
    public String getMessage() {
        return Catalogue.shared().render(reason, Catalogue.Language.EN);
    }
}
