package vn.taphuan.kit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.taphuan.kit.problem.ServiceReason;
import vn.taphuan.kit.problem.Dates;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.Forbidden;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.problem.NotFound;
import vn.taphuan.kit.problem.ProblemException;
import vn.taphuan.kit.problem.ProblemResponses;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.kit.web.CorrelationFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which province (tenant) a signed-in request acts for, and puts it into {@link TenantContext}.
 * <ul>
 *   <li>A province user acts for the tenant in the token, always; naming another one (header {@code X-Tenant-Id}
 *       or parameter {@code tenant}) is refused with 403 — a province never reaches another's data.</li>
 *   <li>The ministry analyst and the platform administrator belong to no province; they name the tenant they
 *       look at, and the endpoint's access rule decides what they may see there.</li>
 *   <li>A tenant that was never onboarded does not exist (404); a disabled one is read-only (403 on writes).</li>
 * </ul>
 * Runs after bearer-token authentication, before the authorisation rules.
 */
public class TenantFilter extends OncePerRequestFilter {

    public static final String TENANT_HEADER = "X-Tenant-Id";
    public static final String TENANT_PARAMETER = "tenant";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final KnownTenants tenants;

    public TenantFilter(KnownTenants tenants) {
        this.tenants = tenants;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String tenant;
        try {
            tenant = resolve(user.get(), request);
        } catch (ProblemException refused) {
            ProblemResponses.write(request, response, refused);
            return;
        }
        if (tenant == null) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(CorrelationFilter.MDC_TENANT, tenant);
        try (TenantContext.Scope ignored = TenantContext.open(tenant)) {
            chain.doFilter(request, response);
        }
    }

    private String resolve(CurrentUser user, HttpServletRequest request) {
        String named = request.getHeader(TENANT_HEADER);
        if (named == null) {
            named = request.getParameter(TENANT_PARAMETER);
        }
        if (named != null && !TenantContext.isValid(named)) {
            throw new InvalidInput(FieldViolation.of(TENANT_HEADER, new ServiceReason.InvalidTenantId(named)));
        }
        String tenant = named;
        if (user.isProvincial()) {
            if (user.tenantId() == null) {
                throw new Forbidden("no-tenant", new ServiceReason.AccountWithoutProvince());
            }
            if (named != null && !named.equals(user.tenantId())) {
                throw new Forbidden("other-tenant", new ServiceReason.OtherProvincesData(named));
            }
            tenant = user.tenantId();
        }
        if (tenant == null) {
            return null;
        }
        String id = tenant;
        KnownTenants.Tenant known = tenants.find(id).orElseThrow(() -> new NotFound(new ServiceReason.UnknownTenant(id)));
        if (!known.active() && !READS.contains(request.getMethod())) {
            throw new Forbidden("tenant-disabled",
                    new ServiceReason.TenantDisabled(known.name(), tenant, known.disabledOn()));
        }
        return tenant;
    }
}
