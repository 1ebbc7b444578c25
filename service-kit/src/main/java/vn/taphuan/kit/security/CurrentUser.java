package vn.taphuan.kit.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting on this thread: the signed-in user of the request, read from the validated token.
 *
 * @param userId   the token's subject (user name)
 * @param name     display name, if the token has one
 * @param tenantId the province the user belongs to, or null for the ministry and platform roles
 * @param roles    the user's roles
 * @param ministry for a ministry analyst, the ministry whose programmes it sees (e.g. {@code BNNMT}); null for an
 *                 analyst of the whole platform, who sees every programme
 */
public record CurrentUser(String userId, String name, String tenantId, Set<Role> roles, String ministry) {

    public static final String TENANT_CLAIM = "tenant";
    public static final String MINISTRY_CLAIM = "ministry";
    public static final String NAME_CLAIM = "name";

    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : token.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return Optional.of(new CurrentUser(token.getName(), token.getToken().getClaimAsString(NAME_CLAIM),
                token.getToken().getClaimAsString(TENANT_CLAIM), roles,
                blankToNull(token.getToken().getClaimAsString(MINISTRY_CLAIM))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isProvincial() {
        return roles.stream().anyMatch(Role::isProvincial);
    }

    /** An analyst of one ministry, who sees only the programmes it owns. */
    public boolean isMinistryScoped() {
        return ministry != null && has(Role.MINISTRY_ANALYST);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
