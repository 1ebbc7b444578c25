package vn.taphuan.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;

/**
 * Gives every request a correlation id ({@code X-Correlation-Id}, taken from the caller or made up), answers with
 * it, and keeps it in the log MDC; events stored while handling the request carry it on.
 */
public class CorrelationFilter extends OncePerRequestFilter {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String MDC_CORRELATION = "correlationId";
    public static final String MDC_TENANT = "tenant";

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
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_CORRELATION);
            MDC.remove(MDC_TENANT);
        }
    }
}
