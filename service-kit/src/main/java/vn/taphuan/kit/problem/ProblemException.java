package vn.taphuan.kit.problem;

import vn.taphuan.kit.refusal.Catalogue;
import vn.taphuan.kit.refusal.Catalogue.Language;
import vn.taphuan.kit.refusal.Reason;

import java.util.List;
import java.util.Map;

/**
 * Base of the errors a service reports to its caller as {@code application/problem+json}. Plain Java so that
 * domain code can throw them without knowing about HTTP.
 */
public abstract class ProblemException extends RuntimeException {

    private final String titleVi;
    private final String titleEn;
    private final String detailVi;
    private final List<FieldViolation> violations;

    protected ProblemException(String titleVi, String titleEn, String detailVi, String detailEn,
                               List<FieldViolation> violations) {
        super(detailEn);
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.detailVi = detailVi;
        this.violations = List.copyOf(violations);
    }

    /**
     * A problem told in the words of the catalogues: the title under {@code title.<titleKey>}, the detail by its
     * reason.
     */
    protected ProblemException(String titleKey, Reason detail, List<FieldViolation> violations) {
        this(Catalogue.shared().text("title." + titleKey, Language.VI), Catalogue.shared().text("title." + titleKey, Language.EN),
                Catalogue.shared().render(detail, Language.VI), Catalogue.shared().render(detail, Language.EN), violations);
    }

    /** Short machine-readable code, also the last segment of the problem type URI, e.g. {@code invalid-input}. */
    public abstract String code();

    /** HTTP status the web layer answers with. */
    public abstract int status();

    public String titleVi() {
        return titleVi;
    }

    public String titleEn() {
        return titleEn;
    }

    public String detailVi() {
        return detailVi;
    }

    public String detailEn() {
        return getMessage();
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** Members of the problem besides the kit's own (e.g. {@code period}, {@code approvedBy}); none by default. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Response headers the answer carries besides the body, e.g. {@code Retry-After}. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
