package vn.taphuan.kit.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The write request being handled on this thread, so the audit entry can name the command. The body is kept as the
 * controller reads it (JSON only; uploads are recorded by method and path).
 *
 * @param method HTTP method
 * @param path   request path with query
 * @param body   the JSON body read so far, or null
 */
public record AuditedRequest(String method, String path, String body) {

    private static final ThreadLocal<ContentCachingRequestWrapper> CURRENT = new ThreadLocal<>();
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    public static Optional<AuditedRequest> current() {
        ContentCachingRequestWrapper request = CURRENT.get();
        if (request == null) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        String contentType = request.getContentType();
        String body = contentType != null && contentType.startsWith("application/json")
                ? new String(request.getContentAsByteArray(), StandardCharsets.UTF_8) : null;
        return Optional.of(new AuditedRequest(request.getMethod(),
                request.getRequestURI() + (query == null ? "" : "?" + query), body));
    }

    /** Keeps the write requests of {@code /api/**} readable for the audit trail. */
    public static class Filter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !WRITES.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingRequestWrapper wrapper = new ContentCachingRequestWrapper(request,
                    AuditRecorder.MAX_COMMAND_CHARS * 4);
            CURRENT.set(wrapper);
            try {
                chain.doFilter(wrapper, response);
            } finally {
                CURRENT.remove();
            }
        }
    }
}
