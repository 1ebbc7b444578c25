package vn.taphuan.bench.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VersionedTest {

    private HttpServer plan;
    private final List<String> commands = new ArrayList<>();
    private long stored = 3;

    @BeforeEach
    void start() throws IOException {
        plan = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        plan.createContext("/plans/p1", this::answer);
        plan.start();
    }

    @AfterEach
    void stop() {
        plan.stop(0);
    }

    /** GET the plan; POST …/approval succeeds only with the stored version in If-Match, and bumps it. */
    private void answer(HttpExchange exchange) throws IOException {
        String body;
        int status;
        if (exchange.getRequestMethod().equals("GET")) {
            status = 200;
            body = "{\"version\":" + stored + "}";
        } else {
            String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
            commands.add(ifMatch + " " + sent);
            status = ("\"" + stored + "\"").equals(ifMatch) ? 200 : 412;
            body = status == 200 ? "{\"version\":" + (++stored) + "}" : "{\"status\":412}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void aStaleVersionIsReadAnewAndTheCommandSentAgainAndTheConflictCounted() {
        String url = "http://127.0.0.1:" + plan.getAddress().getPort() + "/plans/p1";
        Failures failures = new Failures();

        ApiClient.Answer answer = Versioned.post(new ApiClient(), null, url, url + "/approval", 2,
                Map.of("approvedOn", "2025-07-08"), failures, "plan approval", "hue");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(commands).containsExactly("\"2\" {\"approvedOn\":\"2025-07-08\"}",
                "\"3\" {\"approvedOn\":\"2025-07-08\"}");
        assertThat(failures.count("plan approval (412, sent again with the version read anew)")).isEqualTo(1);
    }
}
