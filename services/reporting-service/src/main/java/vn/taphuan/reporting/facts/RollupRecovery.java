package vn.taphuan.reporting.facts;

import org.springframework.stereotype.Component;
import vn.taphuan.kit.work.BackgroundWorker;

import java.time.Duration;

/**
 * Finishes the batches a consumer left half-applied (see {@link Rollups}): those this process gave up when the store
 * failed under them (when no batch comes after to finish them first), those of this service before it was stopped,
 * and those of a replica that died. A batch is taken up once it is older than any batch still being applied
 * could be, so a live replica's batch is never finished twice; until then its plans show the counts from before it.
 */
@Component
class RollupRecovery extends BackgroundWorker {

    /** Far longer than one batch takes to apply. */
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(30);

    private final Rollups rollups;
    private final DirtyPlans dirty;

    RollupRecovery(Rollups rollups, DirtyPlans dirty) {
        super("rollup-recovery", Duration.ofSeconds(10), Duration.ZERO, Integer.MAX_VALUE - 200);
        this.rollups = rollups;
        this.dirty = dirty;
    }

    @Override
    protected void pass() {
        rollups.finishAbandoned().forEach(plan -> dirty.mark(PlanKey.parse(plan)));
        rollups.recover(ABANDONED_AFTER).forEach(plan -> dirty.mark(PlanKey.parse(plan)));
    }
}
