package vn.taphuan.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id ({@code X-Correlation-Id}, taken from the caller or made up), answers with
 * it, and keeps it in the log MDC; events stored while handling the request carry it on.
 * <p>
 * The caller's id is taken only when it is a plain token ({@link #SAFE}); anything else — markup, spaces, line
 * breaks, a page of text — is replaced by a fresh id, so what a caller sends is never echoed into headers, problem
 * details, logs or other services' events. Also runs on the error dispatch, so an error answered by the server's
 * error page carries the request's id.
 */
public class CorrelationFilter extends OncePerRequestFilter {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String MDC_CORRELATION = "correlationId";
    public static final String MDC_TENANT = "tenant";
    /** The ids taken from callers: UUIDs, trace ids, {@code web-7f3a:42}; at most 64 characters. */
    public static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String ATTRIBUTE = CorrelationFilter.class.getName() + ".id";

    /** Correlation id of the request or event being handled on this thread, or null outside of one. */
    public static String currentCorrelationId() {
        return MDC.get(MDC_CORRELATION);
    }

    /** {@code given} if it is a safe id, else a fresh one. */
    public static String accepted(String given) {
        return given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = (String) request.getAttribute(ATTRIBUTE);
        if (correlationId == null) {
            correlationId = accepted(request.getHeader(CORRELATION_HEADER));
            request.setAttribute(ATTRIBUTE, correlationId);
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
