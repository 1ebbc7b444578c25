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
 */
public record CurrentUser(String userId, String name, String tenantId, Set<Role> roles) {

    public static final String TENANT_CLAIM = "tenant";
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
                token.getToken().getClaimAsString(TENANT_CLAIM), roles));
    }

    public boolean isProvincial() {
        return roles.stream().anyMatch(Role::isProvincial);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
