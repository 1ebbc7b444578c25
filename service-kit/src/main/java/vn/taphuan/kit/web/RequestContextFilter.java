package vn.taphuan.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.tenant.TenantContext;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Puts the tenant ({@code X-Tenant-Id}) and correlation id ({@code X-Correlation-Id}) of each request into context
 * and the log MDC. Every {@code /api/**} call must name its tenant, except the paths listed as tenant-free (the
 * ministry's nationwide views and reference data).
 */
public class RequestContextFilter extends OncePerRequestFilter {

    public static final String TENANT_HEADER = "X-Tenant-Id";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String MDC_CORRELATION = "correlationId";
    public static final String MDC_TENANT = "tenant";

    private final List<String> tenantFreePaths;
    private final JsonMapper json;
    private final AntPathMatcher matcher = new AntPathMatcher();

    public RequestContextFilter(List<String> tenantFreePaths, JsonMapper json) {
        this.tenantFreePaths = List.copyOf(tenantFreePaths);
        this.json = json;
    }

    /** Correlation id of the request or event being handled on this thread, or null outside of one. */
    public static String currentCorrelationId() {
        return MDC.get(MDC_CORRELATION);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = request.getHeader(CORRELATION_HEADER);
        if (correlationId == null || correlationId.isBlank() || correlationId.length() > 100) {
            correlationId = UUID.randomUUID().toString();
        }
        MDC.put(MDC_CORRELATION, correlationId);
        response.setHeader(CORRELATION_HEADER, correlationId);
        try {
            String tenant = request.getHeader(TENANT_HEADER);
            if (tenant == null && request.getParameter("tenant") != null) {
                // EventSource (SSE) and download links cannot set headers; they name the tenant as a parameter
                tenant = request.getParameter("tenant");
            }
            boolean required = request.getRequestURI().startsWith("/api/") && !isTenantFree(request.getRequestURI());
            if (tenant != null && !TenantContext.isValid(tenant)) {
                reject(request, response, FieldViolation.of(TENANT_HEADER, "mã tỉnh (tenant) không hợp lệ: " + tenant,
                        "invalid tenant id: " + tenant));
                return;
            }
            if (tenant == null && required) {
                reject(request, response, FieldViolation.of(TENANT_HEADER, "là bắt buộc: hãy cho biết tỉnh (tenant)",
                        "is required: name the tenant (province)"));
                return;
            }
            if (tenant == null) {
                chain.doFilter(request, response);
                return;
            }
            MDC.put(MDC_TENANT, tenant);
            try (TenantContext.Scope ignored = TenantContext.open(tenant)) {
                chain.doFilter(request, response);
            }
        } finally {
            MDC.remove(MDC_CORRELATION);
            MDC.remove(MDC_TENANT);
        }
    }

    private boolean isTenantFree(String path) {
        return tenantFreePaths.stream().anyMatch(pattern -> matcher.match(pattern, path));
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, FieldViolation violation)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://taphuan.vn/problems/invalid-input");
        body.put("title", "Dữ liệu không hợp lệ");
        body.put("status", 400);
        body.put("detail", "Có 1 trường không hợp lệ");
        body.put("instance", request.getRequestURI());
        body.put("titleEn", "Invalid input");
        body.put("detailEn", "1 field(s) are invalid");
        body.put("errors", List.of(violation));
        body.put("correlationId", MDC.get(MDC_CORRELATION));
        response.setStatus(400);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
