package vn.taphuan.kit.work;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A background thread that does one pass of work, then waits until it is woken up (by the write that made new work)
 * or its poll interval has passed (for work another replica left), and again — the shape of the outbox relay and of
 * the reporting service's refreshers. A failing pass is logged and tried again at the next one; the thread stops with
 * the application context, in the phase given.
 */
public abstract class BackgroundWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWorker.class);

    private final String name;
    private final Duration pollInterval;
    private final Duration settle;
    private final int phase;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    /**
     * @param name         the thread's name
     * @param pollInterval longest wait between passes
     * @param settle       after a wake-up, how long to let the rest of a burst arrive so it is one pass (may be zero)
     * @param phase        lifecycle phase; a higher one stops earlier (before the clients it uses go away)
     */
    protected BackgroundWorker(String name, Duration pollInterval, Duration settle, int phase) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.settle = settle;
        this.phase = phase;
    }

    /** One pass of the work. */
    protected abstract void pass();

    /** Runs once before the first pass. */
    protected void starting() {
    }

    /** Runs once after the thread stopped. */
    protected void stopped() {
    }

    /** Asks for a pass now rather than at the end of the poll interval. */
    public void wakeUp() {
        wakeUps.release();
    }

    @Override
    public void start() {
        starting();
        running = true;
        worker = new Thread(this::loop, name);
        worker.setDaemon(true);
        worker.start();
    }

    private void loop() {
        while (running) {
            try {
                pass();
            } catch (RuntimeException e) {
                log.warn("{}: pass failed, retrying: {}", name, e.toString());
            }
            try {
                if (wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                    if (!settle.isZero()) {
                        Thread.sleep(settle.toMillis());
                    }
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopped();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
