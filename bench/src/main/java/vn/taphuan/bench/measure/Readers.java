package vn.taphuan.bench.measure;

import vn.taphuan.bench.load.ApiClient;
import vn.taphuan.bench.load.Endpoints;
import vn.taphuan.bench.load.Tokens;
import vn.taphuan.bench.nation.Province;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;

/**
 * Dashboard users: each reader opens, in turn, a province's dashboard and one of its plans (as the province's
 * viewer), the nationwide progress, the province ranking and the national export (as the ministry's analyst), with
 * a short pause between requests, until stopped. Latencies are recorded by page.
 */
public final class Readers {

    public static final String PROVINCE_DASHBOARD = "province dashboard";
    public static final String PLAN_PAGE = "plan page";
    public static final String NATIONAL_PROGRESS = "national progress";
    public static final String PROVINCE_RANKING = "province ranking";
    public static final String NATIONAL_EXPORT = "national export";
    public static final List<String> PAGES = List.of(PROVINCE_DASHBOARD, PLAN_PAGE, NATIONAL_PROGRESS,
            PROVINCE_RANKING, NATIONAL_EXPORT);

    private static final Duration CALL = Duration.ofSeconds(60);

    /** A province the readers look at, with its plans. */
    public record Target(Province province, List<String> planIds) {
    }

    private final ApiClient api;
    private final Endpoints at;
    private final Tokens tokens;
    private final List<Target> targets;
    private final long pauseMillis;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private CountDownLatch stopped;

    public Readers(ApiClient api, Endpoints at, Tokens tokens, List<Target> targets, long pauseMillis) {
        this.api = api;
        this.at = at;
        this.tokens = tokens;
        this.targets = targets.stream().filter(t -> !t.planIds().isEmpty()).toList();
        this.pauseMillis = pauseMillis;
    }

    public void start(int readers, Latencies into, long seed) {
        if (targets.isEmpty() || readers <= 0) {
            return;
        }
        running = true;
        stopped = new CountDownLatch(readers);
        for (int r = 0; r < readers; r++) {
            int reader = r;
            Thread thread = new Thread(() -> {
                try {
                    read(reader, into, new SplittableRandom(seed + reader));
                } finally {
                    stopped.countDown();
                }
            }, "reader-" + r);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void read(int reader, Latencies into, SplittableRandom random) {
        for (int turn = reader; running; turn++) {
            String page = PAGES.get(turn % PAGES.size());
            Target target = targets.get(random.nextInt(targets.size()));
            ApiClient.Answer answer = switch (page) {
                case PROVINCE_DASHBOARD -> api.get(at.reporting() + "/api/v1/progress", tokens.viewer(target.province()), CALL);
                case PLAN_PAGE -> api.get(at.reporting() + "/api/v1/progress/plans/"
                        + target.planIds().get(random.nextInt(target.planIds().size())), tokens.viewer(target.province()), CALL);
                case NATIONAL_PROGRESS -> api.get(at.reporting() + "/api/v1/national/progress", tokens.analyst(), CALL);
                case PROVINCE_RANKING -> api.get(at.reporting() + "/api/v1/national/provinces?size=100", tokens.analyst(), CALL);
                default -> api.download(at.reporting() + "/api/v1/national/export?format=xlsx", tokens.analyst(), CALL);
            };
            if (!running) {
                return; // a request cut short by the end of the phase is not a measurement
            }
            into.record(page, answer.millis(), answer.ok());
            if (pauseMillis > 0) {
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Stops the readers and waits for their last requests. */
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        threads.clear();
    }
}
