package vn.taphuan.plan;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;

/** Calls the service's API as a given user and checks the status; answers are JSON trees. */
public final class ApiClient {

    private final MockMvc http;
    private final JsonMapper json;

    public ApiClient(MockMvc http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    public JsonNode get(String token, String path, int expectedStatus) {
        return call(token, MockMvcRequestBuilders.get(path), expectedStatus);
    }

    public JsonNode post(String token, String path, String body, int expectedStatus) {
        return call(token, MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body), expectedStatus);
    }

    public JsonNode postText(String token, String path, String text, int expectedStatus) {
        return call(token, MockMvcRequestBuilders.post(path).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .content(text.getBytes(StandardCharsets.UTF_8)), expectedStatus);
    }

    /** A write naming the version it read in {@code If-Match}; {@code body} null for none. */
    public JsonNode post(String token, String path, long ifMatch, String body, int expectedStatus) {
        return call(token, withBody(MockMvcRequestBuilders.post(path), body).header("If-Match", "\"" + ifMatch + "\""),
                expectedStatus);
    }

    /** A replacement naming the version it read in {@code If-Match}. */
    public JsonNode put(String token, String path, long ifMatch, String body, int expectedStatus) {
        return call(token, withBody(MockMvcRequestBuilders.put(path), body).header("If-Match", "\"" + ifMatch + "\""),
                expectedStatus);
    }

    private static MockHttpServletRequestBuilder withBody(MockHttpServletRequestBuilder request, String body) {
        return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    public JsonNode put(String token, String path, String body, int expectedStatus) {
        return call(token, MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).content(body), expectedStatus);
    }

    /** Performs {@code request} (with the token, if any) and returns the answer's JSON. */
    public JsonNode call(String token, AbstractMockHttpServletRequestBuilder<?> request, int expectedStatus) {
        try {
            if (token != null) {
                request.header(AUTHORIZATION, "Bearer " + token);
            }
            MvcResult result = http.perform(request).andReturn();
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(result.getResponse().getStatus()).as(request + " answered " + body).isEqualTo(expectedStatus);
            if (expectedStatus >= 400) {
                assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            }
            return body.isEmpty() ? json.nullNode() : json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ETag a read of {@code path} answers with. */
    public String etag(String token, String path) {
        try {
            return http.perform(MockMvcRequestBuilders.get(path).header(AUTHORIZATION, "Bearer " + token)).andReturn()
                    .getResponse().getHeader("ETag");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonMapper json() {
        return json;
    }
}
