package vn.taphuan.kit.store;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What was read from the store in the last moments, kept so that many requests asking the same within a short
 * window read it once: the dashboards of many officers, and the views of one page, ask the same few documents over
 * and over while the store is busy taking the country's imports. Values are at most {@code window} old; a window of
 * zero reads every time. A writer in this process forgets what it changed at once ({@link #forget}); other
 * replicas see the change within the window. The window is measured on the monotonic clock, not on the business
 * clock (which tests fix at one "today").
 */
public final class RecentReads<K, V> {

    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public RecentReads(Duration window) {
        this(window, System::nanoTime);
    }

    RecentReads(Duration window, LongSupplier nanoTime) {
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The value read within the window, or {@code read}'s answer now (null answers are not kept). */
    public V get(K key, Function<K, V> read) {
        if (windowNanos <= 0) {
            return read.apply(key);
        }
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.readAt() < windowNanos) {
            return entry.value();
        }
        V value = read.apply(key);
        if (value != null) {
            entries.put(key, new Entry<>(value, now));
        }
        return value;
    }

    public void forget(K key) {
        entries.remove(key);
    }

    public void forgetAll() {
        entries.clear();
    }

    private record Entry<V>(V value, long readAt) {
    }
}
