package vn.taphuan.kit.events;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch that failed because the store is away waits for the store; a refused event goes to the dead letters. */
class BatchDeadLettersTest {

    @Test
    void theStoreAwayIsRecognisedAtAnyDepthAndARefusalIsNot() {
        Exception storeAway = new ListenerExecutionFailedException("listener failed", new BatchListenerFailedException(
                "handling 40 EnrolmentsChanged events failed", new DataAccessResourceFailureException(
                "Timed out after 5000 ms while waiting for a server", new com.mongodb.MongoTimeoutException("Timed out")), 3));
        Exception socket = new BatchListenerFailedException("failed", new com.mongodb.MongoSocketReadException(
                "Prematurely reached end of stream", new com.mongodb.ServerAddress()), 0);
        Exception refused = new ListenerExecutionFailedException("listener failed", new BatchListenerFailedException(
                "not a JSON envelope", new EventConsumers.RejectedEvent("not a JSON envelope"), 0));

        assertThat(BatchDeadLetters.storeAway(storeAway)).isTrue();
        assertThat(BatchDeadLetters.storeAway(socket)).isTrue();
        assertThat(BatchDeadLetters.storeAway(refused)).isFalse();
        assertThat(BatchDeadLetters.storeAway(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void whileTheStoreIsAwayTheBatchIsTriedAgainEverLessOftenButNeverGivenUp() {
        BackOffExecution execution = BatchDeadLetters.untilTheStoreAnswers().start();
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            waits.add(execution.nextBackOff());
        }
        assertThat(waits.subList(0, 6)).containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L);
        assertThat(waits).doesNotContain(BackOffExecution.STOP).allSatisfy(w -> assertThat(w).isBetween(1_000L, 30_000L));
    }
}
