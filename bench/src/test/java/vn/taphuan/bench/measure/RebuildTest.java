package vn.taphuan.bench.measure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.taphuan.bench.load.ApiClient;
import vn.taphuan.bench.load.Endpoints;
import vn.taphuan.bench.load.Tokens;
import vn.taphuan.testsupport.identity.DevTokenIssuer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rebuild as reporting-service will offer it, played by a small HTTP server. */
class RebuildTest {

    private HttpServer reporting;
    private DevTokenIssuer issuer;
    private final Deque<String> states = new ArrayDeque<>();
    private int postStatus = 202;

    @BeforeEach
    void start() throws IOException {
        issuer = DevTokenIssuer.start(0, null, List.of());
        reporting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        reporting.createContext(Rebuild.PATH, this::answer);
        reporting.start();
    }

    @AfterEach
    void stop() {
        reporting.stop(0);
        issuer.close();
    }

    private void answer(HttpExchange exchange) throws IOException {
        boolean post = exchange.getRequestMethod().equals("POST");
        String body = post ? "{\"state\":\"RUNNING\"}" : states.size() > 1 ? states.poll() : states.peek();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(post ? postStatus : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void aRebuildIsTimedUntilItsOwnDoneAndTheFiguresCompared() {
        String now = Instant.now().plusSeconds(1).toString();
        states.add("{\"state\":\"DONE\",\"startedAt\":\"2026-01-01T00:00:00Z\",\"finishedAt\":\"2026-01-01T00:01:00Z\",\"eventsApplied\":5}");
        states.add("{\"state\":\"RUNNING\",\"startedAt\":\"" + now + "\",\"eventsApplied\":10}");
        states.add("{\"state\":\"DONE\",\"startedAt\":\"" + now + "\",\"finishedAt\":\"" + now + "\",\"eventsApplied\":1234}");
        Snapshot before = snapshot("{\"totals\":{\"personTurns\":{\"achieved\":10}}}");

        Rebuild.Result same = rebuild().run(before, () -> snapshot("{\"totals\":{\"personTurns\":{\"achieved\":10}}}"), Duration.ofSeconds(30));
        assertThat(same.outcome()).isEqualTo("done");
        assertThat(same.eventsApplied()).as("the earlier rebuild's DONE is not this one's").isEqualTo(1234);
        assertThat(same.identical()).isTrue();

        Rebuild.Result differing = rebuild().run(before, () -> snapshot("{\"totals\":{\"personTurns\":{\"achieved\":9}}}"), Duration.ofSeconds(30));
        assertThat(differing.identical()).isFalse();
        assertThat(differing.differences()).containsExactly("national.totals.personTurns.achieved: 10 → 9");
    }

    @Test
    void aServiceWithoutTheEndpointIsReportedAsNotAvailable() {
        postStatus = 404;
        Rebuild.Result result = rebuild().run(snapshot("{}"), () -> snapshot("{}"), Duration.ofSeconds(5));
        assertThat(result.outcome()).isEqualTo("not available");
        assertThat(result.identical()).isNull();
    }

    private Rebuild rebuild() {
        String url = "http://127.0.0.1:" + reporting.getAddress().getPort();
        return new Rebuild(new ApiClient(), new Endpoints(url, url, url, url), new Tokens(issuer));
    }

    private static Snapshot snapshot(String national) {
        JsonNode node = ApiClient.JSON.readTree(national);
        return new Snapshot(node, null, Map.of(), Map.of(), List.of());
    }
}
