package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.Figures.SourceFigures;

/**
 * Money at each stage it passes, in whole VND: estimated in the plan (dự toán), allocated by finance, committed for
 * scheduled activities, spent, settled. One per funding source, and one per month (where the estimate stays unset).
 * A release is a negative commitment, so the committed amount is net of releases. Every addition is checked.
 */
final class MoneyByStage {

    private long estimate;
    private boolean estimated;
    private long allocated;
    private long committed;
    private long spent;
    private long settled;

    void estimate(long vnd) {
        estimate = Math.addExact(estimate, vnd);
        estimated = true;
    }

    void allocate(long vnd) {
        allocated = Math.addExact(allocated, vnd);
    }

    /** A commitment, or with a negative amount the release of part of one. */
    void commit(long vnd) {
        committed = Math.addExact(committed, vnd);
    }

    void spend(long vnd) {
        spent = Math.addExact(spent, vnd);
    }

    void settle(long vnd) {
        settled = Math.addExact(settled, vnd);
    }

    /** Adds the stages after the estimate of another amount: the estimate is set, never derived. */
    void addStages(MoneyByStage other) {
        allocate(other.allocated);
        commit(other.committed);
        spend(other.spent);
        settle(other.settled);
    }

    /** Adds a source's figures of another scope. */
    void add(SourceFigures part) {
        if (part.envelopeVnd() != null) {
            estimate(part.envelopeVnd());
        }
        allocate(part.allocatedVnd());
        commit(part.committedVnd());
        spend(part.spentVnd());
        settle(part.settledVnd());
    }

    SourceFigures figures(FundingSource source) {
        return new SourceFigures(source, estimated ? estimate : null, allocated, committed, spent, settled,
                Percent.of(spent, allocated));
    }

    /** The estimate, or null where none was set (a target line has none). */
    Long estimate() {
        return estimated ? estimate : null;
    }

    long allocated() {
        return allocated;
    }

    long committed() {
        return committed;
    }

    long spent() {
        return spent;
    }

    long settled() {
        return settled;
    }
}
