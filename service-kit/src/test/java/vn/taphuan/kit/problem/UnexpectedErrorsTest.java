package vn.taphuan.kit.problem;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** A fault of the service is a 500 naming nothing behind it; a client that went away is no fault at all. */
class UnexpectedErrorsTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/national/stream");

    @Test
    void aFaultIsA500WithTheCorrelationIdOnly() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new IllegalStateException("index 7 of java.util.List"),
                request);
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getDetail()).doesNotContain("java.", "index 7");
    }

    @Test
    void aLiveStreamWhoseClientWentAwayIsNotAnsweredNorLoggedAsAnError() {
        Exception gone = new IllegalStateException("Failed to send",
                new AsyncRequestNotUsableException("ServletOutputStream failed to write", new IOException("Broken pipe")));
        assertThat(advice.unexpected(gone, request)).isNull();
    }
}
