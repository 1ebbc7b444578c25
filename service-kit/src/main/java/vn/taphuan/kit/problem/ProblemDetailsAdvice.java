package vn.taphuan.kit.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;
import vn.taphuan.kit.web.CorrelationFilter;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns every error a service can answer with into {@code application/problem+json}: Vietnamese title and detail
 * (the officers' language), English twins in {@code titleEn}/{@code detailEn}, and {@code errors} naming each bad
 * field in both languages.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    static final String TYPE_BASE = "https://taphuan.vn/problems/";

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = respond(e.status(), e.code(), e.titleVi(), e.titleEn(), e.detailVi(),
                e.detailEn(), e.violations(), request);
        if (e.headers().isEmpty()) {
            return answer;
        }
        ResponseEntity.BodyBuilder withHeaders = ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders());
        e.headers().forEach(withHeaders::header);
        return withHeaders.body(answer.getBody());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            violations.add(toViolation(error.getField(), error.getCode(), error, error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> violations.add(
                FieldViolation.of(error.getObjectName(), "không hợp lệ", String.valueOf(error.getDefaultMessage()))));
        return invalid(violations, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String name = result.getMethodParameter().getParameterName();
            String[] codes = error.getCodes();
            String code = codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
            violations.add(ConstraintMessages.violation(name, code, Map.of(), error.getDefaultMessage()));
        }));
        return invalid(violations, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        DatabindException databind = null;
        for (Throwable cause = e; cause != null && databind == null; cause = cause.getCause()) {
            if (cause instanceof DatabindException found && !found.getPath().isEmpty()) {
                databind = found;
            }
        }
        if (databind != null) {
            return invalid(List.of(FieldViolation.of(jsonPath(databind), "sai kiểu dữ liệu hoặc định dạng",
                    "has the wrong type or format")), request);
        }
        return invalid(List.of(FieldViolation.of("body", "nội dung không phải JSON hợp lệ",
                "the request body is not valid JSON")), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return invalid(List.of(FieldViolation.of(e.getName(), "sai kiểu dữ liệu: " + e.getValue(),
                "has the wrong type: " + e.getValue())), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return invalid(List.of(FieldViolation.of(e.getParameterName(), "là bắt buộc", "is required")), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return invalid(List.of(FieldViolation.of(e.getHeaderName(), "là bắt buộc", "is required")), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> optimisticLock(OptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(409, "stale-version", "Dữ liệu đã bị thay đổi", "Stale version",
                "Bản ghi đã được người khác sửa; hãy tải lại", "The record was changed by someone else; reload it",
                List.of(), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return respond(409, "duplicate", "Đã tồn tại", "Already exists",
                "Bản ghi với mã này đã tồn tại", "A record with this id already exists", List.of(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(404, "not-found", "Không tìm thấy", "Not found",
                "Không có tài nguyên " + request.getRequestURI(), "No resource " + request.getRequestURI(), List.of(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(405, "method-not-allowed", "Phương thức không được hỗ trợ", "Method not allowed",
                "Không hỗ trợ " + e.getMethod(), e.getMethod() + " is not supported here", List.of(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(415, "unsupported-media-type", "Định dạng nội dung không được hỗ trợ", "Unsupported media type",
                "Hãy gửi application/json", "Send application/json", List.of(), request);
    }

    /** A method-level access rule refused the caller: signed in, but not allowed to do this. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(403, "forbidden", "Không có quyền", "Forbidden",
                "Vai trò của bạn không được phép thực hiện thao tác này",
                "Your role is not allowed to do this", List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(500, "internal-error", "Lỗi hệ thống", "Internal error",
                "Đã có lỗi không mong muốn; mã truy vết " + CorrelationFilter.currentCorrelationId(),
                "An unexpected error occurred; correlation id " + CorrelationFilter.currentCorrelationId(),
                List.of(), request);
    }

    private static FieldViolation toViolation(String field, String code, FieldError error, String fallbackEn) {
        Map<String, Object> attributes = Map.of();
        if (error.contains(ConstraintViolation.class)) {
            attributes = error.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAttributes();
        }
        return ConstraintMessages.violation(field, code == null ? "" : code, attributes, fallbackEn);
    }

    private static String jsonPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldViolation> violations, HttpServletRequest request) {
        InvalidInput e = new InvalidInput(violations);
        return respond(400, e.code(), e.titleVi(), e.titleEn(), e.detailVi(), e.detailEn(), violations, request);
    }

    static ResponseEntity<ProblemDetail> respond(int status, String code, String titleVi, String titleEn,
                                                 String detailVi, String detailEn, List<FieldViolation> violations,
                                                 HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detailVi);
        body.setType(URI.create(TYPE_BASE + code));
        body.setTitle(titleVi);
        body.setInstance(URI.create(request.getRequestURI()));
        body.setProperty("titleEn", titleEn);
        body.setProperty("detailEn", detailEn);
        body.setProperty("errors", violations);
        body.setProperty("correlationId", CorrelationFilter.currentCorrelationId());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
