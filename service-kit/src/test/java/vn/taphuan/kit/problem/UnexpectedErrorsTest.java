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

    /** The store stopped or out of reach: the caller is told at once to come back, and that nothing was done. */
    @Test
    void aStoreThatDoesNotAnswerIsA503WithRetryAfterNotA500() {
        for (Exception away : java.util.List.of(
                new org.springframework.dao.DataAccessResourceFailureException("Timed out after 5000 ms while waiting "
                        + "for a server", new com.mongodb.MongoTimeoutException("Timed out")),
                new com.mongodb.MongoSocketOpenException("Exception opening socket",
                        new com.mongodb.ServerAddress("localhost", 27017)))) {
            ResponseEntity<ProblemDetail> answer = advice.storeUnavailable(away, request);
            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
            assertThat(answer.getBody().getType().toString()).endsWith("/store-unavailable");
            assertThat(answer.getBody().getTitle()).isEqualTo("Cơ sở dữ liệu tạm thời không trả lời");
            assertThat(answer.getBody().getProperties()).containsEntry("titleEn", "Database unavailable");
            assertThat(answer.getBody().getDetail()).contains("chưa được thực hiện").doesNotContain("Timed out", "27017");
        }
    }

    /**
     * The store went away with a change already sent: it may have been made, its answer lost. The caller is told to
     * look before sending again — not that nothing was done. A read, or a change that never reached the store, is
     * still "nothing was done".
     */
    @Test
    void aChangeWhoseAnswerTheStoreLostMayHaveBeenMade() {
        Exception lost = new org.springframework.dao.DataAccessResourceFailureException("Prematurely reached end of stream",
                new com.mongodb.MongoSocketReadException("Prematurely reached end of stream",
                        new com.mongodb.ServerAddress("localhost", 27017)));
        MockHttpServletRequest change = new MockHttpServletRequest("POST", "/api/v1/plans/p-1/amendments");

        ResponseEntity<ProblemDetail> answer = advice.storeUnavailable(lost, change);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getType().toString()).endsWith("/store-unavailable");
        assertThat(answer.getBody().getDetail()).contains("có thể đã được thực hiện").doesNotContain("chưa được thực hiện");
        assertThat(answer.getBody().getProperties().get("detailEn").toString()).contains("may have been made");
        assertThat(advice.storeUnavailable(lost, request).getBody().getDetail()).contains("chưa được thực hiện");
        Exception neverSent = new org.springframework.dao.DataAccessResourceFailureException("Timed out",
                new com.mongodb.MongoTimeoutException("Timed out after 5000 ms while waiting for a server"));
        assertThat(advice.storeUnavailable(neverSent, change).getBody().getDetail()).contains("chưa được thực hiện");
    }

    @Test
    void aLiveStreamWhoseClientWentAwayIsNotAnsweredNorLoggedAsAnError() {
        Exception gone = new IllegalStateException("Failed to send",
                new AsyncRequestNotUsableException("ServletOutputStream failed to write", new IOException("Broken pipe")));
        assertThat(advice.unexpected(gone, request)).isNull();
    }
}
