package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.Figures.ActivityFigures;
import vn.taphuan.reporting.progress.Figures.KindFigures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Activities planned, held, scheduled and cancelled, by kind; the totals are the sums over the kinds. */
final class ActivityTally {

    private final Map<ActivityKind, KindCount> byKind = new EnumMap<>(ActivityKind.class);
    private LocalDate targetReachedOn;

    void planned(ActivityKind kind, long activities) {
        KindCount count = of(kind);
        count.planned = Math.addExact(count.planned, activities);
    }

    void held(ActivityKind kind) {
        KindCount count = of(kind);
        count.held = Math.incrementExact(count.held);
    }

    void scheduled(ActivityKind kind) {
        KindCount count = of(kind);
        count.scheduled = Math.incrementExact(count.scheduled);
    }

    void cancelled(ActivityKind kind) {
        KindCount count = of(kind);
        count.cancelled = Math.incrementExact(count.cancelled);
    }

    void targetReachedOn(LocalDate day) {
        targetReachedOn = day;
    }

    /** Adds another scope's activities; the day it reached its target is its own and is not carried. */
    void add(ActivityFigures part) {
        for (KindFigures kind : part.byKind()) {
            KindCount count = of(kind.kind());
            count.planned = Math.addExact(count.planned, kind.planned());
            count.held = Math.addExact(count.held, kind.held());
            count.scheduled = Math.addExact(count.scheduled, kind.scheduled());
            count.cancelled = Math.addExact(count.cancelled, kind.cancelled());
        }
    }

    ActivityFigures figures() {
        KindCount total = new KindCount();
        List<KindFigures> kinds = new ArrayList<>(byKind.size());
        byKind.forEach((kind, count) -> {
            total.planned = Math.addExact(total.planned, count.planned);
            total.held = Math.addExact(total.held, count.held);
            total.scheduled = Math.addExact(total.scheduled, count.scheduled);
            total.cancelled = Math.addExact(total.cancelled, count.cancelled);
            kinds.add(new KindFigures(kind, count.planned, count.held, Percent.of(count.held, count.planned),
                    count.scheduled, count.cancelled));
        });
        return new ActivityFigures(total.planned, total.held, Percent.of(total.held, total.planned), total.scheduled,
                total.cancelled, kinds, targetReachedOn);
    }

    private KindCount of(ActivityKind kind) {
        return byKind.computeIfAbsent(kind, k -> new KindCount());
    }

    /** The activities of one kind. */
    private static final class KindCount {
        long planned;
        long held;
        long scheduled;
        long cancelled;
    }
}
