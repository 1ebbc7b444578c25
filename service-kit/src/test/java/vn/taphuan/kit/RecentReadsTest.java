package vn.taphuan.kit;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.store.RecentReads;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Many requests within the read window read the store once; after it, or once forgotten, they read again. */
class RecentReadsTest {

    @Test
    void requestsWithinTheWindowShareOneReadAndTheNextWindowReadsAgain() throws InterruptedException {
        RecentReads<String, Integer> reads = new RecentReads<>(Duration.ofMillis(200));
        AtomicInteger store = new AtomicInteger();

        for (int i = 0; i < 50; i++) {
            assertThat(reads.get("national", k -> store.incrementAndGet())).isEqualTo(1);
        }
        Thread.sleep(250);
        assertThat(reads.get("national", k -> store.incrementAndGet())).isEqualTo(2);
        reads.forget("national");
        assertThat(reads.get("national", k -> store.incrementAndGet())).isEqualTo(3);
        assertThat(store).hasValue(3);
    }

    @Test
    void aZeroWindowReadsEveryTimeAndNothingAbsentIsKept() {
        AtomicInteger store = new AtomicInteger();
        RecentReads<String, Integer> everyTime = new RecentReads<>(Duration.ZERO);
        everyTime.get("a", k -> store.incrementAndGet());
        everyTime.get("a", k -> store.incrementAndGet());
        assertThat(store).hasValue(2);

        RecentReads<String, Integer> windowed = new RecentReads<>(Duration.ofMinutes(1));
        assertThat(windowed.get("missing", k -> null)).isNull();
        assertThat(windowed.get("missing", k -> 7)).isEqualTo(7);
    }
}
