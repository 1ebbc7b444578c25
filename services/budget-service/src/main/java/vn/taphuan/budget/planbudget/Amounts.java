package vn.taphuan.budget.planbudget;

/**
 * Budget execution figures of one cell (a line and source, a line, a source, or the whole plan), whole VND.
 *
 * @param allocatedVnd      allocated by finance's decisions
 * @param committedVnd      committed to activities by their norm-based estimates, less what was released on
 *                          cancellation or settlement — the sum of the {@code BudgetCommitted} and
 *                          {@code CommitmentReleased} events
 * @param openCommitmentVnd the part of open activities' commitments not yet spent: what is still reserved
 * @param spentVnd          paid out
 * @param settledVnd        settled (thanh quyết toán)
 */
public record Amounts(long allocatedVnd, long committedVnd, long openCommitmentVnd, long spentVnd, long settledVnd) {

    public static final Amounts ZERO = new Amounts(0, 0, 0, 0, 0);

    /** Allocated, less what is spent and what open commitments still reserve; negative when over-committed. */
    public long availableVnd() {
        return Math.subtractExact(Math.subtractExact(allocatedVnd, spentVnd), openCommitmentVnd);
    }

    Amounts plus(Amounts other) {
        return new Amounts(Math.addExact(allocatedVnd, other.allocatedVnd), Math.addExact(committedVnd, other.committedVnd),
                Math.addExact(openCommitmentVnd, other.openCommitmentVnd), Math.addExact(spentVnd, other.spentVnd),
                Math.addExact(settledVnd, other.settledVnd));
    }

    Amounts allocated(long amount) {
        return new Amounts(Math.addExact(allocatedVnd, amount), committedVnd, openCommitmentVnd, spentVnd, settledVnd);
    }

    Amounts committed(long amount, long open) {
        return new Amounts(allocatedVnd, Math.addExact(committedVnd, amount), Math.addExact(openCommitmentVnd, open),
                spentVnd, settledVnd);
    }

    Amounts spent(long amount) {
        return new Amounts(allocatedVnd, committedVnd, openCommitmentVnd, Math.addExact(spentVnd, amount), settledVnd);
    }

    Amounts settled(long amount) {
        return new Amounts(allocatedVnd, committedVnd, openCommitmentVnd, spentVnd, Math.addExact(settledVnd, amount));
    }
}
