package vn.taphuan.localstack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A small JSON client of the services' REST APIs, acting as one signed-in user — what the demo loader and the
 * end-to-end tests use, exactly as a browser or curl would.
 */
public final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String token;

    public Api(String token) {
        this.token = token;
    }

    /** An answer: status, content type and JSON body (null when empty or not JSON). */
    public record Answer(int status, String contentType, JsonNode body, String raw) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public JsonNode get(String url) {
        return require(send("GET", url, null, null), url);
    }

    public JsonNode post(String url, Object body) {
        return require(send("POST", url, JSON.writeValueAsString(body), "application/json"), url);
    }

    /** A POST changing a resource read at {@code version}, named in {@code If-Match}; {@code body} null for none. */
    public JsonNode postAt(String url, long version, Object body) {
        HttpRequest.Builder request = authorised(url).timeout(Duration.ofSeconds(60))
                .header("If-Match", "\"" + version + "\"");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.POST(body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        return require(exchange(request.build()), url);
    }

    public JsonNode postText(String url, String text) {
        return require(send("POST", url, text, "text/plain; charset=utf-8"), url);
    }

    /** A multipart upload of one file in the form field {@code file}. */
    public JsonNode upload(String url, String fileName, String contentType, byte[] content) {
        String boundary = "----taphuan" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest request = authorised(url).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return require(exchange(request), url);
    }

    public Answer send(String method, String url, String body, String contentType) {
        HttpRequest.Builder request = authorised(url).timeout(Duration.ofSeconds(60));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return exchange(request.build());
    }

    /** Polls {@code url} until the answer satisfies {@code done}; other services learn through Kafka, not at once. */
    public JsonNode await(String url, Predicate<Answer> done, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        Answer last = null;
        while (Instant.now().isBefore(deadline)) {
            last = send("GET", url, null, null);
            if (done.test(last)) {
                return last.body();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("not reached in " + atMost + ": GET " + url + " → "
                + (last == null ? "nothing" : last.status() + " " + last.raw()));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder authorised(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String raw = response.body();
            JsonNode body = null;
            if (raw != null && !raw.isBlank() && (raw.startsWith("{") || raw.startsWith("["))) {
                body = JSON.readTree(raw);
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body, raw);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode require(Answer answer, String url) {
        if (!answer.ok()) {
            throw new IllegalStateException(url + " → " + answer.status() + " " + answer.raw());
        }
        return answer.body();
    }
}
