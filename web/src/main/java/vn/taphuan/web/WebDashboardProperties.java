package vn.taphuan.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Where the browser finds the platform: the base URLs of the four services and of the token issuer, as seen from the
 * user's browser (not from inside the cluster). Defaults are those of {@code ./run-local.sh}.
 *
 * @param planUrl      plan-service (plans, imports, reference data, tenants)
 * @param enrolmentUrl enrolment-service (activities, attendance sheets)
 * @param budgetUrl    budget-service (allocations, expenditures)
 * @param reportingUrl reporting-service (progress, live streams, exports) — usually the origin serving the pages
 * @param issuerUrl    the OpenID issuer; the sign-in form posts to its {@code /token}
 * @param oidcClientId the issuer's public client for the dashboards (Keycloak's {@code taphuan-dashboards}): when set,
 *                     the pages sign in with the authorization code and PKCE at the issuer's own page instead of
 *                     posting a password; blank for the development token issuer's form
 * @param demoData     the local stack runs with its demo data ({@code TAPHUAN_WEB_DEMO_DATA=true}, set by the
 *                     launcher only then): only then are the demo accounts and their password published
 * @param demoUsers    demo accounts offered on the sign-in page when {@code demoData} — the local stack's only
 * @param demoPassword their shared password, shown with them when {@code demoData}
 */
@ConfigurationProperties("taphuan.web")
public record WebDashboardProperties(@DefaultValue("http://localhost:8081") String planUrl,
                                     @DefaultValue("http://localhost:8082") String enrolmentUrl,
                                     @DefaultValue("http://localhost:8083") String budgetUrl,
                                     @DefaultValue("http://localhost:8084") String reportingUrl,
                                     @DefaultValue("http://localhost:9000") String issuerUrl,
                                     String oidcClientId,
                                     boolean demoData, List<String> demoUsers, String demoPassword) {

    public WebDashboardProperties {
        planUrl = withoutTrailingSlash(planUrl);
        enrolmentUrl = withoutTrailingSlash(enrolmentUrl);
        budgetUrl = withoutTrailingSlash(budgetUrl);
        reportingUrl = withoutTrailingSlash(reportingUrl);
        issuerUrl = withoutTrailingSlash(issuerUrl);
        oidcClientId = oidcClientId == null || oidcClientId.isBlank() ? null : oidcClientId.strip();
        demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
    }

    /** Whether {@code /web-config.json} offers the demo accounts: with the demo data, and never by default. */
    public boolean offersDemo() {
        return demoData && !demoUsers.isEmpty() && demoPassword != null && !demoPassword.isBlank();
    }

    private static String withoutTrailingSlash(String url) {
        return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
