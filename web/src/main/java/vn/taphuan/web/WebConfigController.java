package vn.taphuan.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /web-config.json}: what the pages need before anyone signs in — where the services and the token
 * issuer are. Public like the pages themselves (outside {@code /api/**}); it holds addresses only, no secret. The
 * local stack's demo accounts and their password are added only when it runs with its demo data
 * ({@code taphuan.web.demo-data}), never by default.
 */
@RestController
public class WebConfigController {

    private final WebDashboardProperties properties;

    public WebConfigController(WebDashboardProperties properties) {
        this.properties = properties;
    }

    /**
     * The browser's view of the platform.
     *
     * @param services      base URL per service name ({@code plan}, {@code enrolment}, {@code budget}, {@code reporting})
     * @param issuer        the token issuer
     * @param tokenEndpoint where the sign-in form posts {@code username} and {@code password}
     * @param oidcClientId  the issuer's public client when the pages sign in with the authorization code and PKCE,
     *                      otherwise null (the form)
     * @param demo          the local stack's demo accounts when it runs with its demo data, otherwise null
     */
    public record WebConfig(Map<String, String> services, String issuer, String tokenEndpoint, String oidcClientId,
                            Demo demo) {
    }

    /** Demo accounts of a development stack, offered on the sign-in page. */
    public record Demo(List<String> users, String password) {
    }

    @GetMapping(path = "/web-config.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<WebConfig> config() {
        Map<String, String> services = new LinkedHashMap<>();
        services.put("plan", properties.planUrl());
        services.put("enrolment", properties.enrolmentUrl());
        services.put("budget", properties.budgetUrl());
        services.put("reporting", properties.reportingUrl());
        Demo demo = properties.offersDemo() ? new Demo(properties.demoUsers(), properties.demoPassword()) : null;
        WebConfig config = new WebConfig(services, properties.issuerUrl(), properties.issuerUrl() + "/token",
                properties.oidcClientId(), demo);
        // a redeployment may move the services: never let a browser keep an old answer
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(config);
    }
}
