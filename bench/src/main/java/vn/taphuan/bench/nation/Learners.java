package vn.taphuan.bench.nation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Who is on each sheet of one province, decided class by class as the province is loaded (one thread per province,
 * in the province's order), and what that adds up to. Most rows are people never trained before; about one in five
 * is someone from an earlier class of the same group (community or cadres) — under either programme — so a quarter
 * or so of the people attend two classes or more and person-turns exceed persons. Keeps only a few bits per person.
 */
public final class Learners {

    /** The chance that a row is someone new. */
    static final double NEW_PERSON = 0.72;
    /** A row's place among the sheet's rows is scrambled with this prime (above any sheet's length). */
    private static final long SCRAMBLE = 1_000_003L;

    private final ProvinceLoad province;
    private final List<String> unitCodes;
    private final long seed;
    private final PoolState[] pools = {new PoolState(), new PoolState()};
    private long rows;
    private long completions;
    private long womenCompletions;
    private long minorityCompletions;

    /** @param unitCodes the province's units learners come from (communes where the registry has them) */
    public Learners(ProvinceLoad province, List<String> unitCodes, long seed) {
        if (unitCodes.isEmpty()) {
            throw new IllegalArgumentException("no unit for the learners of " + province.province().name());
        }
        this.province = province;
        this.unitCodes = List.copyOf(unitCodes);
        this.seed = seed;
    }

    /** A row of a sheet: the learner, and whether they attend enough sessions to complete. */
    public record Row(Learner learner, boolean completes) {
    }

    /** What the generated rows add up to; the figures the reports must show once everything was accepted. */
    public record Tally(long rows, long completions, long womenCompletions, long minorityCompletions,
                        long personsOnSheets, long personsCompleted, long personsInTwoOrMoreClasses) {

        public Tally plus(Tally other) {
            return new Tally(rows + other.rows, completions + other.completions,
                    womenCompletions + other.womenCompletions, minorityCompletions + other.minorityCompletions,
                    personsOnSheets + other.personsOnSheets, personsCompleted + other.personsCompleted,
                    personsInTwoOrMoreClasses + other.personsInTwoOrMoreClasses);
        }

        public static Tally zero() {
            return new Tally(0, 0, 0, 0, 0, 0, 0);
        }
    }

    /** The sheet of {@code activity}: {@code rows()} different people, {@code completers()} of whom complete. */
    public List<Row> sheet(ClassSpec activity) {
        PoolState pool = pools[activity.line().pool().ordinal()];
        SplittableRandom random = new SplittableRandom(activity.seed());
        int knownBefore = pool.created;
        Set<Integer> onSheet = new HashSet<>();
        List<Row> sheet = new ArrayList<>(activity.rows());
        for (int r = 0; r < activity.rows(); r++) {
            int index = -1;
            if (knownBefore > 0 && random.nextDouble() >= NEW_PERSON) {
                for (int attempt = 0; attempt < 8 && index < 0; attempt++) {
                    int candidate = random.nextInt(knownBefore);
                    if (!onSheet.contains(candidate)) {
                        index = candidate;
                    }
                }
            }
            if (index < 0) {
                index = pool.created++;
            }
            onSheet.add(index);
            // exactly completers() rows complete, scattered over the sheet
            boolean completes = (r * SCRAMBLE + Math.floorMod(activity.seed(), activity.rows())) % activity.rows()
                    < activity.completers();
            Learner learner = People.person(province, activity.line().pool(), index, unitCodes, seed);
            sheet.add(new Row(learner, completes));
            count(pool, index, learner, completes);
        }
        return sheet;
    }

    private void count(PoolState pool, int index, Learner learner, boolean completes) {
        rows++;
        if (pool.seen.get(index)) {
            pool.seenTwice.set(index);
        }
        pool.seen.set(index);
        if (completes) {
            completions++;
            womenCompletions += learner.woman() ? 1 : 0;
            minorityCompletions += learner.minority() ? 1 : 0;
            pool.completed.set(index);
        }
    }

    public Tally tally() {
        long onSheets = 0;
        long completed = 0;
        long twice = 0;
        for (PoolState pool : pools) {
            onSheets += pool.seen.cardinality();
            completed += pool.completed.cardinality();
            twice += pool.seenTwice.cardinality();
        }
        return new Tally(rows, completions, womenCompletions, minorityCompletions, onSheets, completed, twice);
    }

    private static final class PoolState {
        int created;
        final BitSet seen = new BitSet();
        final BitSet seenTwice = new BitSet();
        final BitSet completed = new BitSet();
    }
}
