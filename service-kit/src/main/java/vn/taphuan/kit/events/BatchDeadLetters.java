package vn.taphuan.kit.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * Retries and dead letters for consumers in batch mode. The binder's own dead-letter handling would send every record
 * of a failed batch to the dead-letter topic; here the container's error handler does it record by record: the
 * consumer names the failing record ({@code BatchListenerFailedException} with its index), the records before it are
 * committed, it is retried with the binding's back-off (at once to the dead-letter topic when no retry can mend it),
 * and the batch goes on after it. The reason travels in the {@value #REASON} header, as the binder wrote it.
 */
public class BatchDeadLetters implements ListenerContainerWithDlqAndRetryCustomizer {

    /** The header that carries why a record was refused (the name the binder's dead-letter handling uses). */
    public static final String REASON = "x-exception-message";

    private final KafkaTemplate<byte[], byte[]> template;
    private final MeterRegistry meters;
    private final String application;

    /** @param application the metric prefix ({@code plan}: {@code plan.events.deadlettered}) */
    public BatchDeadLetters(KafkaClients kafka, MeterRegistry meters, String application) {
        this.template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(kafka.batchProducer("dead-letters")));
        this.meters = meters;
        this.application = application;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        DefaultErrorHandler handler;
        if (dlqDestinationResolver == null) {
            handler = new DefaultErrorHandler(backOff == null ? new FixedBackOff(0L, 0L) : backOff);
        } else {
            DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template, dlqDestinationResolver);
            recoverer.setHeadersFunction((record, exception) -> {
                RecordHeaders headers = new RecordHeaders();
                headers.add(REASON, reason(exception).getBytes(StandardCharsets.UTF_8));
                return headers;
            });
            // registered with the binding, so the series is there (at 0) before the first refusal, for the alert
            Counter deadLettered = Counter.builder(application + ".events.deadlettered")
                    .description("events this consumer refused and sent to the dead-letter topic")
                    .tag("topic", destinationName).register(meters);
            handler = new DefaultErrorHandler((record, exception) -> {
                recoverer.accept(record, exception);
                deadLettered.increment();
            }, backOff == null ? new FixedBackOff(0L, 0L) : backOff);
        }
        handler.addNotRetryableExceptions(EventConsumers.RejectedEvent.class);
        // the store away is no fault of the event: its batch waits for the store, however long, instead of being
        // dead-lettered after the binding's few attempts (then it would be missing from every figure until replayed)
        handler.setBackOffFunction((record, exception) -> storeAway(exception) ? untilTheStoreAnswers() : null);
        container.setCommonErrorHandler(handler);
    }

    /** Retries and dead letters are the container's, not the binding's. */
    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    /** True when the failure is the store not answering (stopped, restarting, out of reach), at any depth. */
    static boolean storeAway(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoTimeoutException
                    || cause instanceof MongoSocketException) {
                return true;
            }
        }
        return false;
    }

    /** Tries again after 1 s, then twice as long each time up to 30 s, without end. */
    static BackOff untilTheStoreAnswers() {
        ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2);
        backOff.setMaxInterval(30_000);
        return backOff;
    }

    /** The innermost message: the consumer's own reason, not the wrappers' around it. */
    static String reason(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
