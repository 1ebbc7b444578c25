package vn.taphuan.plan.tenant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeycloakIdentityProviderTest {

    @Test
    void theAdminApiOfARealmIsFoundFromItsIssuer() {
        assertThat(KeycloakIdentityProvider.adminBase("https://sso.example.gov.vn/realms/taphuan"))
                .isEqualTo("https://sso.example.gov.vn/admin/realms/taphuan");
        assertThat(KeycloakIdentityProvider.adminBase("http://localhost:9000/auth/realms/taphuan"))
                .isEqualTo("http://localhost:9000/auth/admin/realms/taphuan");
    }

    @Test
    void insideANetworkTheAdminApiIsReachedAtKeycloaksInnerAddressUnderTheIssuersPath() {
        assertThat(KeycloakIdentityProvider.adminBase("https://sso.example.gov.vn/realms/taphuan", "http://keycloak:8080/"))
                .isEqualTo("http://keycloak:8080/admin/realms/taphuan");
        assertThat(KeycloakIdentityProvider.adminBase("http://localhost:8080/realms/taphuan", ""))
                .isEqualTo("http://localhost:8080/admin/realms/taphuan");
    }

    @Test
    void anIssuerThatIsNoRealmIsRefusedAtStart() {
        assertThatThrownBy(() -> KeycloakIdentityProvider.adminBase("http://localhost:9000"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
