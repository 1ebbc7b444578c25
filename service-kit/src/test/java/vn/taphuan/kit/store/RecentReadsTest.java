package vn.taphuan.kit.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Many requests within the read window read the store once; after it, or once forgotten, they read again. */
class RecentReadsTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger store = new AtomicInteger();

    @Test
    void requestsWithinTheWindowShareOneReadAndTheNextWindowReadsAgain() {
        RecentReads<String, Integer> reads = new RecentReads<>(Duration.ofMillis(100), nanos::get);

        for (int i = 0; i < 50; i++) {
            assertThat(reads.get("national", k -> store.incrementAndGet())).isEqualTo(1);
            nanos.addAndGet(1_000_000); // 1 ms between requests: 50 ms in all
        }
        nanos.addAndGet(50_000_000);
        assertThat(reads.get("national", k -> store.incrementAndGet())).isEqualTo(2);
        assertThat(reads.get("bac-ninh", k -> store.incrementAndGet())).as("each key read on its own").isEqualTo(3);
        reads.forget("national");
        assertThat(reads.get("national", k -> store.incrementAndGet())).isEqualTo(4);
        reads.forgetAll();
        assertThat(reads.get("bac-ninh", k -> store.incrementAndGet())).isEqualTo(5);
    }

    @Test
    void aZeroWindowReadsEveryTimeAndNothingAbsentIsKept() {
        RecentReads<String, Integer> everyTime = new RecentReads<>(Duration.ZERO, nanos::get);
        everyTime.get("a", k -> store.incrementAndGet());
        everyTime.get("a", k -> store.incrementAndGet());
        assertThat(store).hasValue(2);

        RecentReads<String, Integer> windowed = new RecentReads<>(Duration.ofMinutes(1), nanos::get);
        assertThat(windowed.get("missing", k -> null)).isNull();
        assertThat(windowed.get("missing", k -> 7)).isEqualTo(7);
    }
}
