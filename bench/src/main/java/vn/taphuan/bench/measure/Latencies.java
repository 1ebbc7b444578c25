package vn.taphuan.bench.measure;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies by name, in HdrHistograms (microseconds, three significant digits, up to an hour), with error counts. */
public final class Latencies {

    private static final long HIGHEST_MICROS = 3_600_000_000L;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();

    private record Entry(Histogram histogram, AtomicLong errors) {
    }

    /**
     * @param count  answers that succeeded (their latencies are the percentiles)
     * @param errors answers that failed
     */
    public record Stats(String name, long count, long errors, double p50Millis, double p99Millis, double maxMillis) {
    }

    public void record(String name, double millis, boolean ok) {
        Entry entry = entry(name);
        if (ok) {
            entry.histogram().recordValue(Math.max(1, Math.min(HIGHEST_MICROS, Math.round(millis * 1000))));
        } else {
            entry.errors().incrementAndGet();
        }
    }

    public Stats stats(String name) {
        Entry entry = entry(name);
        Histogram h = entry.histogram();
        long count = h.getTotalCount();
        return new Stats(name, count, entry.errors().get(),
                count == 0 ? Double.NaN : h.getValueAtPercentile(50) / 1000.0,
                count == 0 ? Double.NaN : h.getValueAtPercentile(99) / 1000.0,
                count == 0 ? Double.NaN : h.getMaxValue() / 1000.0);
    }

    public List<Stats> all() {
        List<Stats> all = new ArrayList<>();
        order.forEach(name -> all.add(stats(name)));
        return all;
    }

    private Entry entry(String name) {
        return entries.computeIfAbsent(name, n -> {
            order.add(n);
            return new Entry(new ConcurrentHistogram(HIGHEST_MICROS, 3), new AtomicLong());
        });
    }
}
