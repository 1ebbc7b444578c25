package vn.taphuan.bench.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the loader sent and what the platform accepted, as the answers said: the "sent" and "accepted" columns of
 * the progress bar and the right-hand side of every exact-total check.
 */
public final class LoadCounters {

    public final AtomicLong classesPlanned = new AtomicLong();
    public final AtomicLong classesScheduled = new AtomicLong();
    public final AtomicLong classesDone = new AtomicLong();
    public final AtomicLong rowsPlanned = new AtomicLong();
    public final AtomicLong rowsSent = new AtomicLong();
    public final AtomicLong rowsAccepted = new AtomicLong();
    public final AtomicLong rowsRejected = new AtomicLong();
    public final AtomicLong completionsAccepted = new AtomicLong();
    public final AtomicLong classesHeld = new AtomicLong();
    public final AtomicLong paymentsAccepted = new AtomicLong();
    public final AtomicLong paymentsVnd = new AtomicLong();
    /** Person-turns the plans of the provinces loaded target, with the amendments accepted. */
    public final AtomicLong personTurnTargets = new AtomicLong();
    public final AtomicLong plansAmended = new AtomicLong();
    private final Map<String, AtomicLong> completionsByProvince = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> paymentsVndByProvince = new ConcurrentHashMap<>();
    private final Map<Pacer.Phase, Window> windows = new ConcurrentHashMap<>();

    /** When a phase's imports started and ended, and what they carried. */
    public static final class Window {
        private long firstStart = Long.MAX_VALUE;
        private long lastEnd = Long.MIN_VALUE;
        private long rowsSent;
        private long rowsAccepted;
        private long completions;

        synchronized void add(long start, long end, long sent, long accepted, long completed) {
            firstStart = Math.min(firstStart, start);
            lastEnd = Math.max(lastEnd, end);
            rowsSent += sent;
            rowsAccepted += accepted;
            completions += completed;
        }

        public synchronized long firstStart() {
            return firstStart;
        }

        public synchronized double seconds() {
            return lastEnd <= firstStart ? 0 : (lastEnd - firstStart) / 1e9;
        }

        public synchronized long rowsSent() {
            return rowsSent;
        }

        public synchronized long rowsAccepted() {
            return rowsAccepted;
        }

        public synchronized long completions() {
            return completions;
        }
    }

    public void completions(String tenant, long completed) {
        completionsAccepted.addAndGet(completed);
        completionsByProvince.computeIfAbsent(tenant, t -> new AtomicLong()).addAndGet(completed);
    }

    public long completionsOf(String tenant) {
        AtomicLong value = completionsByProvince.get(tenant);
        return value == null ? 0 : value.get();
    }

    public void payment(String tenant, long amountVnd) {
        paymentsAccepted.incrementAndGet();
        paymentsVnd.addAndGet(amountVnd);
        paymentsVndByProvince.computeIfAbsent(tenant, t -> new AtomicLong()).addAndGet(amountVnd);
    }

    public long paymentsVndOf(String tenant) {
        AtomicLong value = paymentsVndByProvince.get(tenant);
        return value == null ? 0 : value.get();
    }

    /** One class's import, from the moment it was sent ({@code start}) to its completions being recorded. */
    public void window(Pacer.Phase phase, long start, long end, long sent, long accepted, long completed) {
        windows.computeIfAbsent(phase, p -> new Window()).add(start, end, sent, accepted, completed);
    }

    public Window window(Pacer.Phase phase) {
        return windows.computeIfAbsent(phase, p -> new Window());
    }

    /** The first import of the run (System.nanoTime), or {@code Long.MAX_VALUE} before it. */
    public long firstImport() {
        return Math.min(window(Pacer.Phase.PACED).firstStart(), window(Pacer.Phase.FULL).firstStart());
    }
}
