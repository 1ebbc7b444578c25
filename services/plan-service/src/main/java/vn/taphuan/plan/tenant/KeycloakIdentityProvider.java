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
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import vn.taphuan.plan.PlanProperties;

import java.util.List;
import java.util.Map;

/**
 * Keycloak as the identity provider ({@code plan.identity-provider=keycloak}): the province's first administrator is
 * created through Keycloak's admin REST API in the realm of the issuer
 * ({@code …/realms/<realm>} → {@code …/admin/realms/<realm>}), with the realm role {@code PROVINCE_ADMIN} and the
 * user attribute {@code tenant} that the realm's mapper puts into the token. As with the development issuer, the
 * platform administrator's own token is forwarded — Keycloak checks that its user may manage users (the
 * {@code realm-management} roles of {@code infra/keycloak/taphuan-realm.json}) — so this service holds no
 * credentials of its own.
 */
@Component
@ConditionalOnProperty(name = "plan.identity-provider", havingValue = "keycloak")
class KeycloakIdentityProvider implements IdentityProvider {

    private static final String ROLE = "PROVINCE_ADMIN";

    private final RestClient http;

    /**
     * @param reachedAt where this service reaches Keycloak when that is not the issuer's public address (inside a
     *                  compose network or a cluster namespace: {@code http://keycloak:8080}); blank for the issuer's
     */
    KeycloakIdentityProvider(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                             @Value("${plan.identity-provider-url:}") String reachedAt, PlanProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.identityProviderTimeout());
        requests.setReadTimeout(properties.identityProviderTimeout());
        this.http = RestClient.builder().baseUrl(adminBase(issuer, reachedAt)).requestFactory(requests).build();
    }

    /** The realm's admin API as this service reaches it: the issuer's realm on {@code reachedAt}'s host, if given. */
    static String adminBase(String issuer, String reachedAt) {
        String admin = adminBase(issuer);
        if (reachedAt == null || reachedAt.isBlank()) {
            return admin;
        }
        java.net.URI public_ = java.net.URI.create(issuer);
        String origin = public_.getScheme() + "://" + public_.getRawAuthority();
        return reachedAt.replaceAll("/+$", "") + admin.substring(origin.length());
    }

    /** {@code http://sso/realms/taphuan} → {@code http://sso/admin/realms/taphuan}. */
    static String adminBase(String issuer) {
        int realms = issuer.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalArgumentException("not a Keycloak realm's issuer (…/realms/<realm>): " + issuer);
        }
        return issuer.substring(0, realms) + "/admin" + issuer.substring(realms);
    }

    @Override
    public void createProvinceAdministrator(NewAdministrator administrator) {
        String bearer = "Bearer " + callerToken();
        try {
            JsonNode existing = findUser(bearer, administrator.username());
            String id;
            if (existing != null) {
                // a retried onboarding finds the administrator it created before: same province
                if (!administrator.tenantId().equals(existing.at("/attributes/tenant/0").asString(null))) {
                    throw IdentityProvider.usernameTaken(administrator.username());
                }
                id = existing.path("id").asString();
            } else {
                id = create(bearer, administrator);
            }
            JsonNode role = http.get().uri("/roles/{role}", ROLE).header(HttpHeaders.AUTHORIZATION, bearer)
                    .retrieve().body(JsonNode.class);
            http.post().uri("/users/{id}/role-mappings/realm", id).header(HttpHeaders.AUTHORIZATION, bearer)
                    .contentType(MediaType.APPLICATION_JSON).body(List.of(role)).retrieve().toBodilessEntity();
        } catch (RestClientResponseException refused) {
            throw new IdentityProviderUnavailable("Keycloak answered " + refused.getStatusCode().value());
        } catch (RestClientException unreachable) {
            throw new IdentityProviderUnavailable(unreachable.getClass().getSimpleName());
        }
    }

    private JsonNode findUser(String bearer, String username) {
        JsonNode found = http.get().uri(uri -> uri.path("/users").queryParam("username", username)
                        .queryParam("exact", true).queryParam("briefRepresentation", false).build())
                .header(HttpHeaders.AUTHORIZATION, bearer).retrieve().body(JsonNode.class);
        if (found != null) {
            for (JsonNode user : found) {
                if (username.equalsIgnoreCase(user.path("username").asString())) {
                    return user;
                }
            }
        }
        return null;
    }

    /** Creates the user with its password and tenant; answers its id (the last segment of {@code Location}). */
    private String create(String bearer, NewAdministrator administrator) {
        Map<String, Object> user = Map.of("username", administrator.username(), "enabled", true,
                "firstName", administrator.name(),
                "attributes", Map.of("tenant", List.of(administrator.tenantId())),
                "credentials", List.of(Map.of("type", "password", "value", administrator.password(),
                        "temporary", false)));
        try {
            var created = http.post().uri("/users").header(HttpHeaders.AUTHORIZATION, bearer)
                    .contentType(MediaType.APPLICATION_JSON).body(user).retrieve().toBodilessEntity();
            String location = created.getHeaders().getFirst(HttpHeaders.LOCATION);
            if (location == null) {
                throw new IdentityProviderUnavailable("Keycloak created the user but named no Location");
            }
            return location.substring(location.lastIndexOf('/') + 1);
        } catch (HttpClientErrorException.Conflict taken) {
            // created meanwhile by someone else (or its e-mail is taken)
            throw IdentityProvider.usernameTaken(administrator.username());
        }
    }

    private static String callerToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return jwt.getToken().getTokenValue();
        }
        throw new IdentityProviderUnavailable("no bearer token to forward");
    }
}
