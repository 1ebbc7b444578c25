package vn.taphuan.kit.problem;

import vn.taphuan.kit.refusal.Catalogue;
import vn.taphuan.kit.refusal.Catalogue.Language;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.WithProperties;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A domain's {@link Refused} as the problem it is answered with: the status of its kind, the title of its problem
 * (or of its kind), and the detail and each field's reason in both languages from the catalogues.
 */
public final class RefusedProblems {

    private RefusedProblems() {
    }

    public static ProblemException problem(Refused refused) {
        return problem(refused, Catalogue.shared());
    }

    static ProblemException problem(Refused refused, Catalogue catalogue) {
        List<FieldViolation> violations = refused.violations().stream()
                .map(v -> FieldViolation.of(v.field(), catalogue.render(v.reason(), Language.VI),
                        catalogue.render(v.reason(), Language.EN)))
                .toList();
        return new Rendered(status(refused.kind()), refused.problem(),
                title(catalogue, refused, Language.VI), title(catalogue, refused, Language.EN),
                catalogue.render(refused.reason(), Language.VI), catalogue.render(refused.reason(), Language.EN),
                violations, refused.reason() instanceof WithProperties more ? more.problemProperties() : Map.of());
    }

    static int status(Refused.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case RULE -> 422;
        };
    }

    private static String title(Catalogue catalogue, Refused refused, Language language) {
        String own = catalogue.text("title." + refused.problem(), language);
        return own != null ? own : catalogue.text("title.kind." + refused.kind().name().toLowerCase(Locale.ROOT), language);
    }

    private static final class Rendered extends ProblemException {

        private final int status;
        private final String code;
        private final Map<String, Object> properties;

        Rendered(int status, String code, String titleVi, String titleEn, String detailVi, String detailEn,
                 List<FieldViolation> violations, Map<String, Object> properties) {
            super(titleVi, titleEn, detailVi, detailEn, violations);
            this.status = status;
            this.code = code;
            this.properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        }

        @Override
        public Map<String, Object> properties() {
            return properties;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public int status() {
            return status;
        }
    }
}
