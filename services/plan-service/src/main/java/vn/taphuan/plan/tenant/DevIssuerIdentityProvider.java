package vn.taphuan.plan.tenant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import vn.taphuan.plan.PlanProperties;

import java.util.List;
import java.util.Map;

/**
 * The identity provider of the local stack and the tests: the development token issuer's user API
 * ({@code GET/POST {issuer}/users}). The platform administrator's own bearer token is forwarded, so the issuer
 * checks that the caller may create users; this service holds no credentials of its own. The default
 * ({@code plan.identity-provider=dev-issuer}); {@link KeycloakIdentityProvider} takes its place with {@code keycloak}.
 */
@Component
@ConditionalOnProperty(name = "plan.identity-provider", havingValue = "dev-issuer", matchIfMissing = true)
class DevIssuerIdentityProvider implements IdentityProvider {

    private static final String ROLE = "PROVINCE_ADMIN";

    private final RestClient http;

    DevIssuerIdentityProvider(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                              PlanProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.identityProviderTimeout());
        requests.setReadTimeout(properties.identityProviderTimeout());
        this.http = RestClient.builder().baseUrl(issuer).requestFactory(requests).build();
    }

    @Override
    public void createProvinceAdministrator(NewAdministrator administrator) {
        String bearer = "Bearer " + callerToken();
        try {
            JsonNode users = http.get().uri("/users").header(HttpHeaders.AUTHORIZATION, bearer).retrieve()
                    .body(JsonNode.class);
            if (users != null) {
                for (JsonNode user : users) {
                    if (administrator.username().equals(user.path("username").asString())
                            && !isSameAdministrator(user, administrator.tenantId())) {
                        throw IdentityProvider.usernameTaken(administrator.username());
                    }
                }
            }
            http.post().uri("/users").header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("username", administrator.username(), "password", administrator.password(),
                            "name", administrator.name(), "tenant", administrator.tenantId(), "roles", List.of(ROLE)))
                    .retrieve().toBodilessEntity();
        } catch (RestClientResponseException refused) {
            throw new IdentityProviderUnavailable("the identity provider answered " + refused.getStatusCode().value());
        } catch (RestClientException unreachable) {
            throw new IdentityProviderUnavailable(unreachable.getClass().getSimpleName());
        }
    }

    /** A retried onboarding finds the administrator it created before: same province, same role. */
    private static boolean isSameAdministrator(JsonNode user, String tenantId) {
        if (!tenantId.equals(user.path("tenant").asString(null))) {
            return false;
        }
        for (JsonNode role : user.path("roles")) {
            if (ROLE.equals(role.asString())) {
                return true;
            }
        }
        return false;
    }

    private static String callerToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return jwt.getToken().getTokenValue();
        }
        throw new IdentityProviderUnavailable("no bearer token to forward");
    }
}
