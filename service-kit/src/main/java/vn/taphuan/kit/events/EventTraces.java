package vn.taphuan.kit.events;

import io.micrometer.tracing.Link;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries a trace across the outbox: events are published by the relay long after the request that caused them, so
 * the request's W3C {@code traceparent} is stored with each outbox entry and sent as the Kafka header
 * {@value #HEADER}, and the consumer handles the record in a span continuing it. The trace and span ids reach the log
 * MDC ({@code traceId}, {@code spanId}) through Micrometer Tracing while that span is current.
 */
public class EventTraces {

    /** The outbox entry field and Kafka header that carry the producer's trace context. */
    public static final String HEADER = "traceparent";
    /** version 00, trace id, parent span id, flags; ids of zeros are invalid (W3C Trace Context). */
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);

    private final Tracer tracer;

    public EventTraces(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The {@code traceparent} of the span current on this thread (a request's, a consumed event's); null outside one. */
    public String current() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        TraceContext context = span.context();
        return "00-" + context.traceId() + "-" + context.spanId() + "-"
                + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }

    /**
     * Starts the consumer span of handling records sent with these {@code traceparents} (null where a record carried
     * none), current on this thread until {@link Handling#close()}. It is a child of the first record's trace, so one
     * request's events handled together stay in its trace; the other records' traces are linked to it. Without any
     * readable traceparent it starts a new trace.
     */
    public Handling handling(String name, List<String> traceparents) {
        List<TraceContext> parents = traceparents.stream().map(this::parse).filter(Objects::nonNull).toList();
        Span.Builder builder = tracer.spanBuilder().name(name).kind(Span.Kind.CONSUMER);
        if (parents.isEmpty()) {
            builder.setNoParent();
        } else {
            TraceContext parent = parents.get(0);
            builder.setParent(parent);
            List<String> linked = new ArrayList<>(List.of(parent.traceId()));
            for (TraceContext other : parents) {
                if (!linked.contains(other.traceId())) {
                    linked.add(other.traceId());
                    builder.addLink(new Link(other));
                }
            }
        }
        Span span = builder.start();
        return new Handling(span, tracer.withSpan(span));
    }

    /**
     * The {@value #HEADER} header of each record of a consumed batch, by index; null where a record has none. The
     * binder hands a batch's record headers over as one list beside the payloads, mapped or (without a header mapper)
     * as the client's own.
     */
    public static List<String> traceparents(Message<?> batch, int records) {
        List<String> found = new ArrayList<>(Collections.nCopies(records, null));
        Object converted = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        Object natives = batch.getHeaders().get(KafkaHeaders.NATIVE_HEADERS);
        List<?> perRecord = converted instanceof List<?> list ? list : natives instanceof List<?> list ? list : List.of();
        for (int i = 0; i < Math.min(records, perRecord.size()); i++) {
            Object value = perRecord.get(i) instanceof Map<?, ?> mapped ? mapped.get(HEADER)
                    : perRecord.get(i) instanceof Headers headers ? headers.lastHeader(HEADER) : null;
            found.set(i, text(value));
        }
        return found;
    }

    private static String text(Object value) {
        if (value instanceof Header header) {
            value = header.value();
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : value instanceof String string ? string : null;
    }

    /** A W3C traceparent as a remote trace context; null when absent or not well-formed (a header is input). */
    private TraceContext parse(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        Matcher matcher = TRACEPARENT.matcher(traceparent.trim());
        if (!matcher.matches() || matcher.group(1).equals(ZERO_TRACE) || matcher.group(2).equals(ZERO_SPAN)) {
            return null;
        }
        boolean sampled = (Integer.parseInt(matcher.group(3), 16) & 1) == 1;
        return tracer.traceContextBuilder().traceId(matcher.group(1)).spanId(matcher.group(2)).sampled(sampled).build();
    }

    /** A consumer span in scope; closing it ends the span and restores what was current before. */
    public static final class Handling implements AutoCloseable {
        private final Span span;
        private final Tracer.SpanInScope scope;

        private Handling(Span span, Tracer.SpanInScope scope) {
            this.span = span;
            this.scope = scope;
        }

        public void failed(Throwable error) {
            span.error(error);
        }

        @Override
        public void close() {
            scope.close();
            span.end();
        }
    }
}
