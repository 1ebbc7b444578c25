package vn.taphuan.bench.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every call the platform refused or failed, by step and status, with the first answers of each kind kept as
 * samples: what the report lists under "failures" so a 500 is seen, not hidden.
 */
public final class Failures {

    private static final int SAMPLES = 3;

    private final Map<Kind, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<Kind, List<String>> samples = new ConcurrentHashMap<>();

    /** A kind of failure: the step (e.g. {@code completions}) and the HTTP status (0: no answer). */
    public record Kind(String step, int status) {
    }

    public record Summary(Kind kind, long count, List<String> samples) {
    }

    public void record(String step, ApiClient.Answer answer, String context) {
        record(step, answer.status(), context + ": " + answer.summary());
    }

    public void record(String step, int status, String sample) {
        Kind kind = new Kind(step, status);
        counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        List<String> kept = samples.computeIfAbsent(kind, k -> new ArrayList<>());
        synchronized (kept) {
            if (kept.size() < SAMPLES) {
                kept.add(sample);
            }
        }
    }

    public long total() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long count(String step) {
        return counts.entrySet().stream().filter(e -> e.getKey().step().equals(step))
                .mapToLong(e -> e.getValue().get()).sum();
    }

    public List<Summary> summaries() {
        List<Summary> all = new ArrayList<>();
        counts.forEach((kind, count) -> {
            List<String> kept = samples.getOrDefault(kind, List.of());
            synchronized (kept) {
                all.add(new Summary(kind, count.get(), List.copyOf(kept)));
            }
        });
        all.sort(Comparator.comparing((Summary s) -> s.kind().step()).thenComparing(s -> s.kind().status()));
        return all;
    }
}
