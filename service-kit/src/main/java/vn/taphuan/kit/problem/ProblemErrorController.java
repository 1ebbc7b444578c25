package vn.taphuan.kit.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answer to errors that happen outside Spring MVC, which the server hands to its error page: a 405 for
 * {@code TRACE}, a 413 for a multipart body over the server's limits, an exception thrown by a filter. Replaces
 * Boot's error controller, whose JSON is neither problem+json nor in Vietnamese and, for a filter's exception, would
 * be the only place left to name it. Same shape as every other answer of {@link ProblemDetailsAdvice}.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return ProblemDetailsAdvice.respond(problem, path);
            }
            if (cause instanceof vn.taphuan.kit.refusal.Refused refused) {
                return ProblemDetailsAdvice.respond(RefusedProblems.problem(refused), path);
            }
        }
        int code = status instanceof Integer number ? number : 500;
        if (code >= 500) {
            log.error("error outside the handlers on {} {} ({})", request.getMethod(), path, code, failure);
        }
        return ProblemDetailsAdvice.respond(StatusProblem.of(code, request.getMethod(), path), path);
    }
}
