package vn.taphuan.enrolment.support;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.testsupport.identity.TestTokens;

import java.nio.charset.StandardCharsets;

import static org.springframework.http.HttpHeaders.AUTHORIZATION;

/** The service's API as one user calls it, asserting the status of every answer. */
public final class Api {

    public static final String OFFICER = TestTokens.bearer(TestTokens.officer("bac-giang"));

    private final MockMvc http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String bearer;

    public Api(MockMvc http, String bearer) {
        this.http = http;
        this.bearer = bearer;
    }

    public static Api officer(MockMvc http) {
        return new Api(http, OFFICER);
    }

    public JsonNode post(String path, String body, int expectedStatus) {
        return call(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body), expectedStatus);
    }

    /** A write naming the version it read in {@code If-Match}; {@code body} null for none. */
    public JsonNode post(String path, long ifMatch, String body, int expectedStatus) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).header("If-Match", "\"" + ifMatch + "\"");
        return call(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body), expectedStatus);
    }

    public JsonNode get(String path, int expectedStatus) {
        return call(MockMvcRequestBuilders.get(path), expectedStatus);
    }

    public byte[] download(String path) {
        try {
            return http.perform(MockMvcRequestBuilders.get(path).header(AUTHORIZATION, bearer)).andReturn().getResponse().getContentAsByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode upload(String path, String fileName, byte[] content, int expectedStatus) {
        return call(MockMvcRequestBuilders.multipart(path).file(new MockMultipartFile("file", fileName,
                "application/octet-stream", content)), expectedStatus);
    }

    private JsonNode call(AbstractMockHttpServletRequestBuilder<?> request, int expectedStatus) {
        try {
            MvcResult result = http.perform(request.header(AUTHORIZATION, bearer)).andReturn();
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (result.getResponse().getStatus() != expectedStatus) {
                throw new AssertionError("expected HTTP " + expectedStatus + " but got "
                        + result.getResponse().getStatus() + ": " + body);
            }
            return body.isEmpty() ? json.nullNode() : json.readTree(body);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
