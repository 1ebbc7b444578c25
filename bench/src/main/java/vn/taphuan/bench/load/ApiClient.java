package vn.taphuan.bench.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * The services' REST APIs as a browser or curl uses them, for the loader and the measurements: every call answers
 * with its status, body and duration — a refusal or a broken connection is an answer to count, never an exception,
 * so the benchmark reports failures and goes on.
 */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /**
     * An answer. {@code status} 0 means no answer came (connection refused, timed out); {@code error} says why.
     *
     * @param bytes the size of the body (downloads are not kept)
     * @param retryAfterSeconds what a refusal's {@code Retry-After} asks for, or -1 when it asks nothing
     */
    public record Answer(int status, JsonNode body, String raw, long bytes, long nanos, String error,
                         long retryAfterSeconds) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public double millis() {
            return nanos / 1e6;
        }

        /** For failure reports: the status and the start of what came back. */
        public String summary() {
            String text = error != null ? error : raw == null ? "" : raw;
            text = text.replaceAll("\\s+", " ");
            return (status == 0 ? "no answer" : String.valueOf(status)) + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    public Answer get(String url, String token, Duration timeout) {
        return exchange(request(url, token, timeout).GET().build(), false);
    }

    /** A GET whose body is only measured (workbooks, large pages). */
    public Answer download(String url, String token, Duration timeout) {
        return exchange(request(url, token, timeout).GET().build(), true);
    }

    public Answer post(String url, String token, Object body, Duration timeout) {
        return post(request(url, token, timeout), body);
    }

    /** A POST creating something, named by {@code key} in {@code Idempotency-Key}: safe to send again. */
    public Answer postOnce(String url, String token, String key, Object body, Duration timeout) {
        return post(request(url, token, timeout).header("Idempotency-Key", key), body);
    }

    /** A POST changing a resource read at {@code version}, which it names in {@code If-Match}. */
    public Answer postAt(String url, String token, long version, Object body, Duration timeout) {
        return post(request(url, token, timeout).header("If-Match", "\"" + version + "\""), body);
    }

    private Answer post(HttpRequest.Builder builder, Object body) {
        HttpRequest request = builder
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : JSON.writeValueAsString(body),
                        StandardCharsets.UTF_8))
                .build();
        return exchange(request, false);
    }

    /** A multipart upload of one file in the form field {@code file}, as the attendance-sheet page sends it. */
    public Answer upload(String url, String token, String fileName, String contentType, byte[] content,
                         Duration timeout) {
        String boundary = "----taphuan-bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest request = request(url, token, timeout)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return exchange(request, false);
    }

    private static HttpRequest.Builder request(String url, String token, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Answer exchange(HttpRequest request, boolean discardBody) {
        long start = System.nanoTime();
        try {
            if (discardBody) {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long nanos = System.nanoTime() - start;
                String raw = response.statusCode() >= 300 ? new String(response.body(), StandardCharsets.UTF_8) : null;
                return new Answer(response.statusCode(), null, raw, response.body().length, nanos, null, retryAfter(response));
            }
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long nanos = System.nanoTime() - start;
            String raw = response.body();
            JsonNode body = null;
            if (raw != null && !raw.isBlank() && (raw.startsWith("{") || raw.startsWith("["))) {
                try {
                    body = JSON.readTree(raw);
                } catch (RuntimeException notJson) {
                    body = null;
                }
            }
            return new Answer(response.statusCode(), body, raw, raw == null ? 0 : raw.length(), nanos, null,
                    retryAfter(response));
        } catch (IOException e) {
            return new Answer(0, null, null, 0, System.nanoTime() - start, e.getClass().getSimpleName() + ": " + e.getMessage(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, null, 0, System.nanoTime() - start, "interrupted", -1);
        }
    }

    /** Seconds only: the services never answer with an HTTP date. */
    private static long retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::trim).filter(v -> v.matches("\\d{1,6}"))
                .map(Long::parseLong).orElse(-1L);
    }
}
