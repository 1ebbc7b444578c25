package vn.taphuan.localstack;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The platform as the browser tests see it: the dashboards' URL, where the services and the token issuer are (read
 * from the page's own {@code /web-config.json}), and API clients signed in with a user's password — as the pages
 * sign in. By default the shared {@link TestStack}; {@code -Dtaphuan.e2e.dashboards=http://localhost:8084} points
 * the browser tests at a stack already running (./run-local.sh) instead.
 */
final class Dashboards {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String baseUrl;
    private final JsonNode config;

    private Dashboards(String baseUrl, JsonNode config) {
        this.baseUrl = baseUrl;
        this.config = config;
    }

    /** The stack as it is now (read again by each test class: a test may have restarted the shared stack). */
    static Dashboards get() {
        String running = System.getProperty("taphuan.e2e.dashboards");
        String base = running != null && !running.isBlank() ? running : TestStack.get().url("reporting");
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return new Dashboards(base, Api.JSON.readTree(fetch(base + "/web-config.json")));
    }

    /** Base URL of a service ({@code plan}, {@code enrolment}, {@code budget}, {@code reporting}). */
    String url(String service) {
        return config.path("services").path(service).asString();
    }

    /** The token issuer the sign-in form posts to. */
    String issuer() {
        return config.path("issuer").asString();
    }

    /** An API client signed in as {@code username}. */
    Api as(String username, String password) {
        return new Api(token(username, password));
    }

    Api as(String username) {
        return as(username, DemoUsers.PASSWORD);
    }

    String token(String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(config.path("tokenEndpoint").asString()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + username + ": " + response.statusCode() + " " + response.body());
            }
            return Api.JSON.readTree(response.body()).path("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fetch(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " → " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
