package vn.taphuan.reporting.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.work.BackgroundWorker;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import vn.taphuan.kit.problem.ProblemException;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.admin.ProjectionRebuild;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.figures.FiguresChanged;
import vn.taphuan.reporting.figures.PlanFiguresStore;
import vn.taphuan.reporting.scope.Scopes;
import vn.taphuan.reporting.scope.TenantLineage;
import vn.taphuan.reporting.views.Audience;
import vn.taphuan.reporting.views.NationalSelection;
import vn.taphuan.reporting.views.ProgressViews;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Server-Sent Events streams of changed figures: one per province (its plans, and those of provinces merged into
 * it) and one nationwide. It watches the figures store's revision, not this replica's consumers, so a change
 * applied by any replica reaches every open stream; in this replica it is woken the moment figures change.
 * <p>
 * A province stream sends {@code plan} (the plan's progress, as {@code GET /api/v1/progress/plans/{id}}) for each
 * changed plan, then {@code province} (as {@code GET /api/v1/progress}); the national stream sends {@code national}
 * (as {@code GET /api/v1/national/progress}). Each stream starts with {@code ready}.
 */
@Component
public class LiveProgress extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(LiveProgress.class);
    static final String NATIONAL = "";

    private final ProgressViews views;
    private final PlanFiguresStore figures;
    private final Scopes scopes;
    private final ReportingProperties.Live settings;
    /** By who listens: each stream is pushed what its own reader would read (its province, its programmes, its selection). */
    private final Map<Listener, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
    /**
     * The revision of each plan's figures last pushed. Per plan, not one high-water mark: replicas take revisions from
     * one counter but write the index each in its own time, so a plan's lower revision can land after another plan's
     * higher one was seen — a mark would pass over it and that change would never be pushed.
     */
    private final Map<PlanKey, Long> pushed = new ConcurrentHashMap<>();
    /** Revisions up to this one were in the figures before this replica started: nobody is waiting for them. */
    private volatile long startRevision;
    private volatile long seenRevision;
    private long lastHeartbeat;

    LiveProgress(ProgressViews views, PlanFiguresStore figures, Scopes scopes, ReportingProperties properties,
                 MeterRegistry meters) {
        super("live-progress", properties.refresh().pollInterval(), Duration.ZERO, DEFAULT_PHASE);
        this.views = views;
        this.figures = figures;
        this.scopes = scopes;
        this.settings = properties.live();
        Gauge.builder("reporting.live.streams", this, LiveProgress::openStreams)
                .description("open Server-Sent Events streams").register(meters);
    }

    /** A stream of the figures the current province reports. */
    public SseEmitter province() {
        return open(new Listener(scopes.currentProvince(), NationalSelection.everything(views.audience())));
    }

    /** The nationwide stream of a selection ({@link ProgressViews#select}). */
    public SseEmitter national(NationalSelection selection) {
        return open(new Listener(NATIONAL, selection));
    }

    /**
     * @param tenant    the province listened to, or {@link #NATIONAL}
     * @param selection of a national stream, what it shows; of a province stream, only whose view it is (audience)
     */
    record Listener(String tenant, NationalSelection selection) {
    }

    private SseEmitter open(Listener key) {
        if (openStreams() >= settings.maxStreams()) {
            throw new TooManyStreams();
        }
        SseEmitter emitter = new SseEmitter(settings.timeout().toMillis());
        Set<SseEmitter> set = streams.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>());
        set.add(emitter);
        Runnable remove = () -> set.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(set, emitter, "ready", new Ready(views.today(), Instant.now(), figures.latestRevision()));
        return emitter;
    }

    /**
     * First event of every stream.
     *
     * @param revision the figures' revision the stream starts from
     */
    record Ready(java.time.LocalDate asOf, Instant connectedAt, long revision) {
    }

    @EventListener
    void figuresChanged(FiguresChanged changed) {
        wakeUp();
    }

    /** A rebuild emptied the figures and their revision counter: every plan's figures derived again are pushed. */
    @EventListener
    synchronized void cleared(ProjectionRebuild.ProjectionsCleared cleared) {
        pushed.clear();
        startRevision = 0;
        seenRevision = 0;
    }

    /** Pushes whatever changed since the last push; also called by tests. */
    public synchronized void pushChanges() {
        Map<PlanKey, Long> changed = new HashMap<>();
        figures.revisions().forEach((plan, at) -> {
            if (at > pushed.getOrDefault(plan, startRevision)) {
                changed.put(plan, at);
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        pushed.putAll(changed);
        seenRevision = Math.max(seenRevision, changed.values().stream().mapToLong(Long::longValue).max().orElse(0));
        if (streams.values().stream().allMatch(Set::isEmpty)) {
            return;
        }
        TenantLineage lineage = scopes.lineage();
        Map<String, Set<String>> plansByViewer = new TreeMap<>();
        for (PlanKey plan : changed.keySet()) {
            for (String viewer : lineage.heirsOf(plan.tenantId())) {
                plansByViewer.computeIfAbsent(viewer, k -> new TreeSet<>()).add(plan.planId());
            }
        }
        streams.forEach((listener, listeners) -> {
            Set<String> plans = plansByViewer.get(listener.tenant());
            if (listeners.isEmpty() || NATIONAL.equals(listener.tenant()) || plans == null) {
                return;
            }
            Audience audience = listener.selection().audience();
            // each province's streams get what that province's own requests would: its views, in its tenant
            try (TenantContext.Scope ignored = TenantContext.open(listener.tenant())) {
                for (String planId : plans) {
                    try {
                        broadcast(listeners, "plan", views.plan(planId, audience), seenRevision);
                    } catch (Refused notReported) {
                        // facts of a plan whose approval has not arrived yet, or of a programme not seen: nothing
                    }
                }
                broadcast(listeners, "province", views.province(audience), seenRevision);
            }
        });
        streams.forEach((listener, listeners) -> {
            if (!listeners.isEmpty() && NATIONAL.equals(listener.tenant())) {
                broadcast(listeners, "national", views.national(listener.selection()), seenRevision);
            }
        });
    }

    private void broadcast(Set<SseEmitter> listeners, String name, Object data, long revision) {
        for (SseEmitter emitter : List.copyOf(listeners)) {
            try {
                emitter.send(SseEmitter.event().name(name).id(Long.toString(revision)).data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                listeners.remove(emitter);
                emitter.completeWithError(gone);
            }
        }
    }

    private void send(Set<SseEmitter> set, SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            set.remove(emitter);
        }
    }

    private void heartbeat() {
        long now = System.currentTimeMillis();
        if (now - lastHeartbeat < settings.heartbeat().toMillis()) {
            return;
        }
        lastHeartbeat = now;
        for (Set<SseEmitter> set : streams.values()) {
            for (SseEmitter emitter : List.copyOf(set)) {
                try {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                } catch (IOException | IllegalStateException gone) {
                    set.remove(emitter);
                }
            }
        }
    }

    int openStreams() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    @Override
    protected void starting() {
        startRevision = figures.latestRevision();
        seenRevision = startRevision;
        pushed.clear();
        lastHeartbeat = System.currentTimeMillis();
    }

    @Override
    protected void pass() {
        pushChanges();
        heartbeat();
    }

    @Override
    protected void stopped() {
        streams.values().forEach(set -> set.forEach(SseEmitter::complete));
        streams.clear();
    }

    /** Refuses a stream beyond the configured number per replica (HTTP 503). */
    static class TooManyStreams extends ProblemException {
        TooManyStreams() {
            super("Quá nhiều kết nối", "Too many streams",
                    "Máy chủ đang có quá nhiều luồng cập nhật trực tiếp; hãy thử lại sau",
                    "This server has too many live streams open; try again later", List.of());
        }

        @Override
        public String code() {
            return "too-many-streams";
        }

        @Override
        public int status() {
            return 503;
        }
    }
}
