package vn.taphuan.contracts;

/**
 * The largest values the platform accepts for the numbers it adds up (money and counts): the one place they are
 * defined. Every service refuses a larger value at its API, the event schemas state the same maxima, and the bounds
 * are chosen so that no total the platform computes can leave a {@code long}, however many plans and provinces
 * there are:
 * <ul>
 *   <li>a plan's envelope, and what is allocated, committed, spent or settled under one plan, each stay within
 *       {@link #MAX_VND} (allocations within the envelope; budget-service refuses payments and commitments that
 *       would take a plan beyond it);</li>
 *   <li>a province holds at most {@link #MAX_APPROVED_PLANS_PER_PROVINCE} approved plans, and the platform at most
 *       {@link #MAX_PROVINCES} provinces, so a nationwide sum adds at most 50,000 plans: 5 × 10¹⁸ VND at worst,
 *       below {@link Long#MAX_VALUE} (about 9.22 × 10¹⁸);</li>
 *   <li>a plan has at most {@link #MAX_LINES_PER_PLAN} lines, so its targets stay below 10⁷ activities and 10⁹
 *       person-turns (an {@code int}), and the nation's below 5 × 10¹¹ and 5 × 10¹³.</li>
 * </ul>
 * Sums are still computed with checked arithmetic, so a broken bound shows as an error, never as a wrapped number.
 */
public final class Limits {

    /**
     * Any amount of money, in whole VND: 10¹⁴ (một trăm nghìn tỷ đồng), about the central budget of a whole national
     * target programme for five years. One training plan, allocation or payment above it is a typing error.
     */
    public static final long MAX_VND = 100_000_000_000_000L;

    /** Target lines in one plan; real plans have a handful. */
    public static final int MAX_LINES_PER_PLAN = 100;

    /** Activities planned under one target line. */
    public static final int MAX_ACTIVITIES_PER_LINE = 100_000;

    /** Person-turns (lượt người) planned under one target line: a tenth of the country's population. */
    public static final int MAX_PERSON_TURNS_PER_LINE = 10_000_000;

    /** People on the roster of a coverage target. */
    public static final int MAX_ROSTER_SIZE = 10_000_000;

    /** Participants of one activity. */
    public static final int MAX_CAPACITY = 100_000;

    /**
     * Plans one province may have approved (in force or closed): three programmes a year for decades, with room to
     * spare. Together with {@link #MAX_PROVINCES} it bounds every nationwide sum.
     */
    public static final int MAX_APPROVED_PLANS_PER_PROVINCE = 500;

    /**
     * Provinces (tenants) on the platform, past and present: Vietnam had 63 before 1 July 2025 and has 34 since, and
     * a merged province keeps its predecessors as tenants.
     */
    public static final int MAX_PROVINCES = 100;

    private Limits() {
    }
}
