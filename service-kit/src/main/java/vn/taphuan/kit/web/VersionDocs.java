package vn.taphuan.kit.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;

/**
 * The version convention in the OpenAPI description, written once: every operation that takes {@code If-Match} says
 * what to send in it and lists the 412 and 428 answers, so no controller repeats them.
 */
class VersionDocs implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean takesIfMatch = Arrays.stream(handler.getMethodParameters())
                .map(parameter -> parameter.getParameterAnnotation(RequestHeader.class))
                .anyMatch(header -> header != null
                        && Versions.IF_MATCH.equalsIgnoreCase(header.value().isEmpty() ? header.name() : header.value()));
        if (!takesIfMatch) {
            return operation;
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(parameter -> "header".equals(parameter.getIn())
                            && Versions.IF_MATCH.equalsIgnoreCase(parameter.getName()))
                    .forEach(VersionDocs::describe);
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.addApiResponse("412", new ApiResponse().description(
                "Phiên bản trong If-Match đã cũ: hãy tải lại (the If-Match version is stale: read again; stale-version)"));
        responses.addApiResponse("428", new ApiResponse().description(
                "Thiếu If-Match ở thao tác cần phiên bản (If-Match missing where the write needs it; precondition-required)"));
        operation.setResponses(responses);
        return operation;
    }

    private static void describe(Parameter parameter) {
        parameter.setDescription("Phiên bản đã đọc, là ETag của lần đọc, ví dụ \"3\" (the version read: the ETag of "
                + "the read, e.g. \"3\")");
    }
}
