package vn.taphuan.plan.tenant;

import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.plan.tenant.TenantRefusal.AlreadyTaken;
import vn.taphuan.plan.tenant.TenantRefusal.UsernameTaken;

import java.util.List;

/**
 * Where the platform's users live (the development token issuer locally, Keycloak in a deployment). Onboarding a
 * province creates its first administrator here; everything else about users stays in the identity provider.
 */
public interface IdentityProvider {

    /**
     * Creates the first administrator of a province, with role {@code PROVINCE_ADMIN} and the province's tenant.
     * Repeating the call for the same user of the same province is harmless (a retried onboarding).
     *
     * @throws Refused                     ({@link #usernameTaken}) if the user name belongs to someone else
     * @throws IdentityProviderUnavailable if the identity provider cannot be reached or refuses
     */
    void createProvinceAdministrator(NewAdministrator administrator);

    /** The refusal when {@code username} belongs to someone else: the problem {@code username-taken}. */
    static Refused usernameTaken(String username) {
        return Refused.conflict(new UsernameTaken(username),
                List.of(Violation.of("administrator.username", new AlreadyTaken())));
    }

    /**
     * @param username sign-in name
     * @param password initial password
     * @param name     display name
     * @param tenantId the province the administrator belongs to
     */
    record NewAdministrator(String username, String password, String name, String tenantId) {

        @Override
        public String toString() {
            return "NewAdministrator[" + username + " of " + tenantId + "]"; // never the password
        }
    }
}
