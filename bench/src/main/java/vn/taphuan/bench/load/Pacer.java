package vn.taphuan.bench.load;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Offers the first person-turns at a steady rate (a class waits for its rows' turn), then lets the rest go at full
 * speed. The offered rate is a ceiling, not a promise: a platform slower than it simply takes what it can.
 */
public final class Pacer {

    /** Which part of the load a class belongs to. */
    public enum Phase {
        PACED, FULL
    }

    private final double rowsPerSecond;
    private final long pacedRows;
    private long offered;
    private long nextSlot = Long.MIN_VALUE;

    /** @param pacedRows rows offered at {@code rowsPerSecond}; 0 for none */
    public Pacer(double rowsPerSecond, long pacedRows) {
        this.rowsPerSecond = rowsPerSecond;
        this.pacedRows = rowsPerSecond > 0 ? pacedRows : 0;
    }

    /** Waits for the turn of a class of {@code rows} rows; answers the phase it falls in. */
    public Phase acquire(int rows) throws InterruptedException {
        long slot;
        synchronized (this) {
            if (offered >= pacedRows) {
                return Phase.FULL;
            }
            long now = System.nanoTime();
            slot = nextSlot == Long.MIN_VALUE ? now : Math.max(now, nextSlot);
            nextSlot = slot + (long) (rows * 1e9 / rowsPerSecond);
            offered += rows;
        }
        long wait;
        while ((wait = slot - System.nanoTime()) > 0) {
            LockSupport.parkNanos(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(100)));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        return Phase.PACED;
    }

    public double rowsPerSecond() {
        return rowsPerSecond;
    }

    public long pacedRows() {
        return pacedRows;
    }
}
