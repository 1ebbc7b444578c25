package vn.taphuan.kit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The actuator of every service: on a port of its own, on this machine only by default; the Prometheus scrape and
 * the health status for anyone who can reach it, the rest (metrics, health details) for platform administrators.
 */
@ServiceIntegrationTest
class ActuatorAccessTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    Environment environment;
    @Autowired
    KnownTenants tenants;

    @BeforeEach
    void onboard() {
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
    }

    @Test
    void thePrometheusScrapeIsOnTheManagementPortAndTheServicePortCarriesNoActuator() throws Exception {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus", null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("application=\"kit-test-service\"");
        // the store's circuit breaker (StoreBreaker): its state and its calls
        assertThat(scrape.body().lines().filter(line -> line.startsWith("resilience4j_circuitbreaker_state{")
                && line.contains("name=\"store\"") && line.contains("state=\"closed\"")))
                .singleElement().satisfies(line -> assertThat(line).endsWith(" 1.0"));
        assertThat(scrape.body()).contains("resilience4j_circuitbreaker_calls_seconds_count{");

        assertThat(get(port, "/actuator/prometheus", null).statusCode()).isEqualTo(404);
        assertThat(get(port, "/actuator/health", null).statusCode()).isEqualTo(404);
    }

    @Test
    void metricsNeedAPlatformAdministrator() throws Exception {
        HttpResponse<String> anonymous = get(managementPort, "/actuator/metrics/jvm.memory.max", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> officer = get(managementPort, "/actuator/metrics/jvm.memory.max",
                TestTokens.officer("bac-giang"));
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(officer.body()).doesNotContain("measurements");
        assertThat(get(managementPort, "/actuator/metrics", TestTokens.analyst()).statusCode()).isEqualTo(403);

        HttpResponse<String> admin = get(managementPort, "/actuator/metrics/jvm.memory.max",
                TestTokens.platformAdmin());
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(json(admin).at("/measurements/0/value").asDouble()).isPositive();
    }

    @Test
    void theHealthStatusIsPublicAndWhatMakesItUpIsForPlatformAdministrators() throws Exception {
        JsonNode anonymous = json(get(managementPort, "/actuator/health", null));
        assertThat(anonymous.path("status").asString()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();

        JsonNode officer = json(get(managementPort, "/actuator/health", TestTokens.officer("bac-giang")));
        assertThat(officer.path("status").asString()).isEqualTo("UP");
        assertThat(officer.has("components")).isFalse();

        JsonNode admin = json(get(managementPort, "/actuator/health", TestTokens.platformAdmin()));
        assertThat(admin.at("/components/mongo/details/database").isMissingNode()).isFalse();

        assertThat(get(managementPort, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/info", null).statusCode()).isEqualTo(200);
    }

    @Test
    void bothPortsListenOnThisMachineOnlyByDefault() throws IOException {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
        InetAddress external = externalAddress().orElse(null);
        assumeTrue(external != null, "this machine has an interface other than loopback");
        assertThatThrownBy(() -> connect(external, port)).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> connect(external, managementPort)).isInstanceOf(ConnectException.class);
        connect(InetAddress.getLoopbackAddress(), port);
        connect(InetAddress.getLoopbackAddress(), managementPort);
    }

    private static HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return EventJson.mapper().readTree(response.body());
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                }).flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}
