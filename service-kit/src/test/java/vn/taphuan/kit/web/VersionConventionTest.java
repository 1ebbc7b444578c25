package vn.taphuan.kit.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.problem.ProblemDetailsAdvice;
import vn.taphuan.kit.problem.StaleVersion;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One version convention: a read carries the version as a strong ETag, a write names it in If-Match; a stale one is
 * 412, a missing one 428, one in the body is refused — each as problem details in both languages.
 */
class VersionConventionTest {

    record Note(String id, long version, String text) implements Versioned {
    }

    record Retext(String text) {
    }

    @RestController
    static class Notes {
        final Map<String, Note> stored = new HashMap<>(Map.of("n-1", new Note("n-1", 3, "cũ")));

        @GetMapping("/notes/{id}")
        Note read(@PathVariable String id) {
            return stored.get(id);
        }

        @PostMapping("/notes/{id}/text")
        Note retext(@PathVariable String id, @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                    @RequestBody Retext request) {
            long expected = Versions.required(ifMatch);
            Note note = stored.get(id);
            if (note.version() != expected) {
                throw new StaleVersion(id, expected);
            }
            Note changed = new Note(id, note.version() + 1, request.text());
            stored.put(id, changed);
            return changed;
        }
    }

    private final Notes notes = new Notes();
    private final MockMvc http = MockMvcBuilders.standaloneSetup(notes)
            .setControllerAdvice(new VersionTags(), new ProblemDetailsAdvice())
            .setMessageConverters(new org.springframework.http.converter.json.JacksonJsonHttpMessageConverter(
                    applicationMapper()))
            .build();

    @Test
    void aReadCarriesItsVersionAsAStrongEtagAndAWriteTheNewOne() throws Exception {
        http.perform(get("/notes/n-1")).andExpect(status().isOk()).andExpect(header().string("ETag", "\"3\""));
        http.perform(write("{\"text\":\"mới\"}").header("If-Match", "\"3\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.text").value("mới"));
    }

    @Test
    void aStaleVersionIs412AndChangesNothing() throws Exception {
        http.perform(write("{\"text\":\"mới\"}").header("If-Match", "\"2\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.type").value("https://taphuan.vn/problems/stale-version"))
                .andExpect(jsonPath("$.title").value("Dữ liệu đã bị thay đổi"))
                .andExpect(jsonPath("$.titleEn").value("Stale version"))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        assertThat(notes.stored.get("n-1").text()).isEqualTo("cũ");
    }

    @Test
    void aWriteWithoutIfMatchIs428NamingTheHeader() throws Exception {
        http.perform(write("{\"text\":\"mới\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("https://taphuan.vn/problems/precondition-required"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("If-Match")))
                .andExpect(jsonPath("$.detailEn").value(org.hamcrest.Matchers.containsString("If-Match")))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        assertThat(notes.stored.get("n-1").version()).isEqualTo(3);
    }

    @Test
    void aVersionInTheBodyIsRefusedSayingToSendIfMatch() throws Exception {
        http.perform(write("{\"version\":3,\"text\":\"mới\"}").header("If-Match", "\"3\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].messageEn").value(org.hamcrest.Matchers.containsString("If-Match")))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("If-Match")));
        assertThat(notes.stored.get("n-1").text()).isEqualTo("cũ");
    }

    /** The strict mapper with the problem-details mix-in Boot adds to the application's mapper. */
    private static tools.jackson.databind.json.JsonMapper applicationMapper() {
        tools.jackson.databind.json.JsonMapper.Builder builder = tools.jackson.databind.json.JsonMapper.builder();
        StrictJson.apply(builder);
        return builder.addMixIn(org.springframework.http.ProblemDetail.class,
                org.springframework.http.converter.json.ProblemDetailJacksonMixin.class).build();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder write(String body) {
        return post("/notes/n-1/text").contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
