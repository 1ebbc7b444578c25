package vn.taphuan.bench.measure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The nationwide live stream ({@code GET /api/v1/national/stream}) of one reporting replica, open as the ministry's
 * dashboard keeps it: remembers the person-turns of the last {@code national} event it pushed. With two replicas
 * consuming, each derives only some plans; both streams must still end on the nationwide figure.
 */
public final class LiveStreamWatch implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile long personTurns = -1;
    private volatile long events;
    private volatile String failure;
    private volatile Stream<String> lines;

    private LiveStreamWatch(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/national/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(this::read, "live-stream-" + baseUrl);
        reader.setDaemon(true);
        reader.start();
    }

    public static LiveStreamWatch open(String baseUrl, String token) {
        return new LiveStreamWatch(baseUrl, token);
    }

    private void read() {
        try {
            HttpResponse<Stream<String>> answer = response.join();
            if (answer.statusCode() != 200) {
                failure = "HTTP " + answer.statusCode();
                return;
            }
            String[] event = {null};
            lines = answer.body();
            lines.forEach(line -> {
                if (line.startsWith("event:")) {
                    event[0] = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:") && "national".equals(event[0])) {
                    JsonNode national = JSON.readTree(line.substring("data:".length()));
                    personTurns = national.at("/totals/personTurns/achieved").asLong();
                    events++;
                } else if (line.isEmpty()) {
                    event[0] = null;
                }
            });
            failure = "the stream ended";
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e.toString();
            }
        }
    }

    /** Waits until the last pushed figure is {@code expected}; answers the check either way. */
    public ExactTotals.Check awaitPersonTurns(long expected, Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (personTurns != expected && failure == null && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        String actual = personTurns < 0 ? "nothing pushed" : String.format(Locale.ROOT, "%,d", personTurns)
                + String.format(Locale.ROOT, " (%,d events pushed)", events) + (failure == null ? "" : ", " + failure);
        return new ExactTotals.Check("person-turns last pushed by the national live stream of " + baseUrl
                + " = nationwide", String.format(Locale.ROOT, "%,d", expected), actual, personTurns == expected);
    }

    @Override
    public void close() {
        response.cancel(true);
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
    }
}
