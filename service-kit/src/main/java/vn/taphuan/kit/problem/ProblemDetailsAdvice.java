package vn.taphuan.kit.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.taphuan.kit.refusal.Catalogue;
import vn.taphuan.kit.refusal.Catalogue.Language;
import vn.taphuan.kit.refusal.Reason;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Required;
import vn.taphuan.kit.web.CorrelationFilter;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every error a service can answer with into {@code application/problem+json}: Vietnamese title and detail
 * (the officers' language), English twins in {@code titleEn}/{@code detailEn}, and {@code errors} naming each bad
 * field in both languages. No answer names a library, a class or carries a stack trace: what the server or a library
 * refuses (paging beyond its maximum, a missing upload part, a body the JSON mapper cannot read as written) is told in
 * the same words as a service's own refusals. What happens outside Spring MVC is answered by
 * {@link ProblemErrorController}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    static final String TYPE_BASE = "https://taphuan.vn/problems/";

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e, HttpServletRequest request) {
        return respond(e, request.getRequestURI());
    }

    /** A refusal of the domain: its kind decides the status, the catalogues its words. */
    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused e, HttpServletRequest request) {
        return respond(RefusedProblems.problem(e), request.getRequestURI());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            violations.add(toViolation(error.getField(), error.getCode(), error, error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> violations.add(
                FieldViolation.of(error.getObjectName(),
                        new InputReason.NotValid(String.valueOf(error.getDefaultMessage())))));
        return invalid(violations, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String name = result.getMethodParameter().getParameterName();
            ConstraintViolation<?> violation = unwrap(result, error);
            if (violation != null) {
                violations.add(toViolation(name, violation));
            } else {
                String[] codes = error.getCodes();
                String code = codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
                violations.add(ConstraintMessages.violation(name, code, Map.of(), error.getDefaultMessage()));
            }
        }));
        return invalid(violations, request);
    }

    /**
     * A constraint on a parameter of a {@code @Validated} controller, e.g. a page {@code size} above its
     * {@code @Max}: a bad request naming the parameter and the bound, like any other.
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidArguments(ConstraintViolationException e, HttpServletRequest request) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemDetailsAdvice::isAboutReturnValue)) {
            return unexpected(e, request); // the service answered something its own contract forbids: not the caller's fault
        }
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(violation -> toViolation(parameterPath(violation.getPropertyPath()), violation))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return invalid(violations, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, request); // e.g. the body ran over its limit while it was read
            }
            if (cause instanceof Refused refused) {
                return refused(refused, request);
            }
        }
        return invalid(List.of(BodyProblems.of(e)), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return invalid(List.of(BodyProblems.parameter(e.getName(), e.getRequiredType(), e.getValue())), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return invalid(List.of(FieldViolation.of(e.getParameterName(), new Required())), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return invalid(List.of(FieldViolation.of(e.getHeaderName(), new Required())), request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return invalid(List.of(FieldViolation.of(e.getRequestPartName(),
                new InputReason.PartRequired(e.getRequestPartName()))), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problem(StatusProblem.contentTooLarge(e.getMaxUploadSize()), request);
    }

    /** An upload that is not a readable multipart form (or none where one is expected). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException e, HttpServletRequest request) {
        return invalid(List.of(FieldViolation.of("body", new InputReason.MultipartExpected())), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> optimisticLock(OptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(409, "stale-version", new ServiceReason.RecordChangedReload(), List.of(), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return respond(409, "duplicate", new ServiceReason.RecordIdExists(), List.of(), request);
    }

    /**
     * The store does not answer (Spring's translation of the driver's timeouts and broken connections, or the driver's
     * own): a 503 with Retry-After, logged without a stack trace — it is the store's state, not a fault here.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, com.mongodb.MongoTimeoutException.class,
            com.mongodb.MongoSocketException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(Exception e, HttpServletRequest request) {
        log.warn("the store does not answer on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        boolean changes = !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
        return respond(changes && !neverSent(e) ? StoreUnavailable.outcomeUnknown() : new StoreUnavailable(),
                request.getRequestURI());
    }

    /**
     * Whether the store was never reached: no server found in time, or no connection opened. A connection that broke
     * or timed out while the request waited for its answer may have carried a write the store made.
     */
    private static boolean neverSent(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof com.mongodb.MongoTimeoutException || cause instanceof com.mongodb.MongoSocketOpenException) {
                return true;
            }
            if (cause instanceof com.mongodb.MongoSocketException) {
                return false;
            }
        }
        return false;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(404, "not-found", new ServiceReason.NoResource(request.getRequestURI()), List.of(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = problem(StatusProblem.methodNotAllowed(e.getMethod()), request);
        return e.getSupportedHttpMethods() == null ? answer : ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders()).allow(e.getSupportedHttpMethods().toArray(HttpMethod[]::new))
                .body(answer.getBody());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String supported = e.getSupportedMediaTypes().isEmpty() ? "application/json"
                : e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
        return respond(415, "unsupported-media-type", new ServiceReason.SendContentAs(supported),
                List.of(FieldViolation.of(HttpHeaders.CONTENT_TYPE, new InputReason.OneOf(List.of(supported)))), request);
    }

    /** The caller accepts no format this answer can be written in; the problem itself is always JSON. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return problem(StatusProblem.of(406, request.getMethod(), request.getRequestURI()), request);
    }

    /** A method-level access rule refused the caller: signed in, but not allowed to do this. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(403, "forbidden", new ServiceReason.RoleNotAllowed(), List.of(), request);
    }


    /**
     * Anything else. Spring's own refusals carry their status ({@link ErrorResponse}) and are told by it; the rest
     * is a fault of the service, logged with its stack trace here — once — and answered with the correlation id only.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AsyncRequestNotUsableException) {
                // the client went away (a live stream closed): nobody to answer, and nothing went wrong here
                log.debug("client gone on {} {}", request.getMethod(), request.getRequestURI());
                return null;
            }
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().value() != 500) {
            return problem(StatusProblem.of(known.getStatusCode().value(), request.getMethod(), request.getRequestURI()),
                    request);
        }
        log.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(500, "internal-error",
                new ServiceReason.UnexpectedErrorTraced(CorrelationFilter.currentCorrelationId()), List.of(), request);
    }

    private static ConstraintViolation<?> unwrap(org.springframework.validation.method.ParameterValidationResult result,
                                                 org.springframework.context.MessageSourceResolvable error) {
        try {
            return result.unwrap(error, ConstraintViolation.class);
        } catch (IllegalArgumentException notFromBeanValidation) {
            return null;
        }
    }

    private static FieldViolation toViolation(String field, ConstraintViolation<?> violation) {
        return ConstraintMessages.violation(field,
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                violation.getConstraintDescriptor().getAttributes(), violation.getMessage());
    }

    private static boolean isAboutReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** {@code list.size} → {@code size}; {@code create.request.lines[0].count} → {@code request.lines[0].count}. */
    private static String parameterPath(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && node.getKind() != ElementKind.PARAMETER) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? path.toString() : field.toString();
    }

    private static FieldViolation toViolation(String field, String code, FieldError error, String fallbackEn) {
        Map<String, Object> attributes = Map.of();
        if (error.contains(ConstraintViolation.class)) {
            attributes = error.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAttributes();
        }
        return ConstraintMessages.violation(field, code == null ? "" : code, attributes, fallbackEn);
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldViolation> violations, HttpServletRequest request) {
        InvalidInput e = new InvalidInput(violations);
        return respond(400, e.code(), e.titleVi(), e.titleEn(), e.detailVi(), e.detailEn(), violations, request);
    }

    static ResponseEntity<ProblemDetail> respond(int status, String code, String titleVi, String titleEn,
                                                 String detailVi, String detailEn, List<FieldViolation> violations,
                                                 HttpServletRequest request) {
        return respond(status, code, titleVi, titleEn, detailVi, detailEn, violations, request.getRequestURI());
    }

    /** A problem titled under {@code title.<code>} in the catalogues, its detail told by {@code detail}. */
    private static ResponseEntity<ProblemDetail> respond(int status, String code, Reason detail,
                                                         List<FieldViolation> violations, HttpServletRequest request) {
        Catalogue catalogue = Catalogue.shared();
        return respond(status, code, catalogue.text("title." + code, Language.VI), catalogue.text("title." + code, Language.EN),
                catalogue.render(detail, Language.VI), catalogue.render(detail, Language.EN), violations, request);
    }

    /** {@code problem} as the answer to a request for {@code path}. */
    /** A problem thrown by the code, with the headers it asks for (e.g. {@code Retry-After} when busy). */
    static ResponseEntity<ProblemDetail> respond(ProblemException problem, String path) {
        ResponseEntity<ProblemDetail> answer = respond(problem.status(), problem.code(), problem.titleVi(),
                problem.titleEn(), problem.detailVi(), problem.detailEn(), problem.violations(), path);
        problem.properties().forEach(answer.getBody()::setProperty);
        if (problem.headers().isEmpty()) {
            return answer;
        }
        ResponseEntity.BodyBuilder withHeaders = ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders());
        problem.headers().forEach(withHeaders::header);
        return withHeaders.body(answer.getBody());
    }

    private static ResponseEntity<ProblemDetail> respond(int status, String code, String titleVi, String titleEn,
                                                         String detailVi, String detailEn,
                                                         List<FieldViolation> violations, String path) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detailVi);
        body.setType(URI.create(TYPE_BASE + code));
        body.setTitle(titleVi);
        body.setInstance(instance(path));
        body.setProperty("titleEn", titleEn);
        body.setProperty("detailEn", detailEn);
        body.setProperty("errors", violations);
        body.setProperty("correlationId", CorrelationFilter.currentCorrelationId());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** The path as a relative URI (as the request carried it, or encoded where it held what a URI cannot). */
    private static URI instance(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException raw) {
            try {
                return new URI(null, null, path, null);
            } catch (java.net.URISyntaxException unusable) {
                return URI.create("/");
            }
        }
    }
}
