package vn.taphuan.reporting.periodreport;

import vn.taphuan.kit.security.Role;

import java.util.Set;

/**
 * Who takes a step, as their token says.
 *
 * @param ministry for a ministry analyst, the ministry it speaks for; null otherwise
 */
public record Signer(String userId, String name, Set<Role> roles, String ministry) {

    public Signer {
        roles = Set.copyOf(roles);
    }

    boolean has(Role role) {
        return roles.contains(role);
    }
}
