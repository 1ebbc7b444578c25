package vn.taphuan.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakServerTest {

    @Test
    void aJdksVersionIsReadFromItsReleaseFile(@TempDir Path jdk) throws Exception {
        assertThat(KeycloakServer.majorVersion(jdk)).as("no release file").isZero();
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.1\"\n");
        assertThat(KeycloakServer.majorVersion(jdk)).isEqualTo(25);
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        assertThat(KeycloakServer.majorVersion(jdk)).isEqualTo(17);
    }

    @Test
    void withoutItsDistributionKeycloakCannotStartAndSaysWhy(@TempDir Path root) {
        KeycloakServer.Requirements requirements = KeycloakServer.requirements(root);
        assertThat(requirements.met()).isFalse();
        assertThat(requirements.missing()).containsAnyOf("JDK 21", "distribution");
    }

    @Test
    void theRealmsIssuerIsKnownBeforeKeycloakStarts() {
        assertThat(KeycloakServer.issuer("127.0.0.1", 9000)).isEqualTo("http://localhost:9000/realms/taphuan");
        assertThat(KeycloakServer.issuer("0.0.0.0", 9000)).isEqualTo("http://localhost:9000/realms/taphuan");
    }

    @Test
    void theDashboardsClientAcceptsTheStacksPagesBesideThoseOfTheRealmFile() {
        String realm = """
                {"realm": "taphuan", "clients": [
                  {"clientId": "taphuan-local-cli", "redirectUris": []},
                  {"clientId": "taphuan-dashboards", "redirectUris": ["http://localhost:8084/*"],
                   "attributes": {"post.logout.redirect.uris": "http://localhost:8084/*"}}]}
                """;
        JsonNode dashboards = Api.JSON.readTree(KeycloakServer.withDashboardOrigins(realm,
                List.of("http://localhost:8084", "http://localhost:41234"))).path("clients").get(1);
        assertThat(dashboards.path("redirectUris").toString())
                .isEqualTo("[\"http://localhost:8084/*\",\"http://localhost:41234/*\"]");
        assertThat(dashboards.path("attributes").path("post.logout.redirect.uris").asString())
                .isEqualTo("http://localhost:8084/*##http://localhost:41234/*");
    }
}
