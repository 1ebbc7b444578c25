package vn.taphuan.kit.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.web.CorrelationFilter;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a problem+json answer from a servlet filter (authentication, tenant checks, the store's circuit breaker),
 * where the MVC advice cannot reach; same shape and headers as {@link ProblemDetailsAdvice}'s answers.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemException problem)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemDetailsAdvice.TYPE_BASE + problem.code());
        body.put("title", problem.titleVi());
        body.put("status", problem.status());
        body.put("detail", problem.detailVi());
        body.put("instance", request.getRequestURI());
        body.put("titleEn", problem.titleEn());
        body.put("detailEn", problem.detailEn());
        body.put("errors", problem.violations());
        body.put("correlationId", CorrelationFilter.currentCorrelationId());
        response.setStatus(problem.status());
        problem.headers().forEach(response::setHeader);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    private ProblemResponses() {
    }

    /** The caller presented no valid token (HTTP 401). */
    public static final class Unauthenticated extends ProblemException {
        public Unauthenticated(String reasonEn) {
            super("unauthenticated", reasonEn == null ? new ServiceReason.SignInFirst()
                            : new ServiceReason.SignInFirstBecause(reasonEn),
                    List.of(FieldViolation.of("Authorization", new ServiceReason.MissingOrInvalid())));
        }

        @Override
        public String code() {
            return "unauthenticated";
        }

        @Override
        public int status() {
            return 401;
        }
    }
}
