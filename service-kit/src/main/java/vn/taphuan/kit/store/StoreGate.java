package vn.taphuan.kit.store;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.taphuan.kit.problem.ProblemResponses;
import vn.taphuan.kit.problem.StoreUnavailable;

import java.io.IOException;

/**
 * While the store's breaker is open, an API request is answered at once with a 503 and when to try again
 * ({@link StoreUnavailable}), without touching the store: the same answer it would have got after waiting out the
 * server selection timeout, minus the wait and the request thread held for it. The actuator (health, metrics) and
 * static pages are not behind it.
 */
public class StoreGate extends OncePerRequestFilter {

    private final StoreBreaker store;

    public StoreGate(StoreBreaker store) {
        this.store = store;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CircuitBreaker breaker = store.breaker();
        if (!breaker.tryAcquirePermission()) {
            ProblemResponses.write(request, response, new StoreUnavailable(store.remainingWait()));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            // the request is not the breaker's call, its store commands are (StoreBreaker): when half open, the place
            // it took bounds how many requests try the store at once, not how many ever may
            breaker.releasePermission();
        }
    }
}
