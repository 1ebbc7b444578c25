package vn.taphuan.budget.norms;

import vn.taphuan.contracts.Limits;
import vn.taphuan.kit.refusal.Digits;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The unit costs a province applies during a period, as set by its legal basis (e.g. a resolution of the provincial
 * People's Council). Gives a rate for every {@link NormCode}, so no cost item is forgotten silently.
 *
 * @param id         id of the set; {@link #DEFAULT_ID} for the documented defaults
 * @param validFrom  first day the rates apply
 * @param validTo    last day they apply, or null while in force
 * @param legalBasis the decision or resolution the rates come from (Vietnamese)
 * @param rates      one rate per norm code, in {@link NormCode} order
 */
public record NormSet(String id, LocalDate validFrom, LocalDate validTo, String legalBasis, List<NormRate> rates) {

    /** Id of the norm set built from the service's documented defaults ({@code budget.default-norms}). */
    public static final String DEFAULT_ID = "default";

    /** Unit costs above this are certainly typing errors (and would overflow the sums). */
    static final long MAX_RATE_VND = 1_000_000_000_000L;
    private static final BigInteger MAX_VND = BigInteger.valueOf(Limits.MAX_VND);

    public NormSet {
        rates = List.copyOf(rates);
    }

    /**
     * The rates a caller proposes for a period.
     *
     * @param validFrom  first day
     * @param validTo    last day, or null while in force
     * @param legalBasis the document the rates come from
     * @param rates      unit cost per norm code, whole VND
     */
    public record Draft(LocalDate validFrom, LocalDate validTo, String legalBasis, Map<NormCode, Long> rates) {

        NormSet toSet(String id) {
            return of(id, validFrom, validTo, legalBasis, rates);
        }
    }

    /** The documented defaults ({@code budget.default-norms}): no period of their own, every rate required. */
    public static NormSet defaults(String legalBasis, Map<NormCode, Long> rates) {
        NormSet checked = of(DEFAULT_ID, LocalDate.EPOCH, null, legalBasis, rates);
        return new NormSet(DEFAULT_ID, null, null, checked.legalBasis(), checked.rates());
    }

    /**
     * A norm set from the rates given per code; refuses a missing or negative rate, a missing legal basis and a
     * validity that ends before it starts, naming every bad field.
     */
    public static NormSet of(String id, LocalDate validFrom, LocalDate validTo, String legalBasis,
                             Map<NormCode, Long> ratesByCode) {
        List<Violation> violations = new ArrayList<>();
        if (validFrom == null) {
            violations.add(Violation.required("validFrom"));
        } else if (validTo != null && validTo.isBefore(validFrom)) {
            violations.add(Violation.of("validTo", new NormsRefusal.BeforeValidFrom(validFrom)));
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            violations.add(Violation.of("legalBasis", new NormsRefusal.LegalBasisRequired()));
        }
        Map<NormCode, Long> given = ratesByCode == null ? Map.of() : new EnumMap<>(ratesByCode);
        List<NormRate> rates = new ArrayList<>();
        for (NormCode code : NormCode.values()) {
            Long rate = given.get(code);
            if (rate == null) {
                violations.add(Violation.of("rates." + code.name(), new NormsRefusal.RateMissing(code)));
            } else if (rate < 0) {
                violations.add(Violation.of("rates." + code.name(), new NormsRefusal.RateNegative()));
            } else if (rate > MAX_RATE_VND) {
                violations.add(Violation.of("rates." + code.name(), new NormsRefusal.RateTooLarge(new Digits(MAX_RATE_VND))));
            } else {
                rates.add(new NormRate(code, rate));
            }
        }
        if (!violations.isEmpty()) {
            throw Refused.invalid(violations);
        }
        return new NormSet(id, validFrom, validTo, legalBasis.strip(), rates);
    }

    public boolean covers(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(NormSet other) {
        LocalDate end = validTo == null ? LocalDate.MAX : validTo;
        LocalDate otherEnd = other.validTo == null ? LocalDate.MAX : other.validTo;
        return !validFrom.isAfter(otherEnd) && !other.validFrom.isAfter(end);
    }

    public long rate(NormCode code) {
        return rates.stream().filter(r -> r.code() == code).mapToLong(NormRate::unitCostVnd).findFirst().orElse(0);
    }

    /**
     * The activity's cost by these rates: one line per norm that applies to its kind and costs something.
     *
     * @throws Refused if a line or the whole comes to more than {@link Limits#MAX_VND} (or a quantity to more
     *                       than an {@code int} holds): the rates or the activity are wrong, and no sum may carry it
     */
    public CostEstimate estimate(ActivitySpec activity) {
        List<CostLine> lines = new ArrayList<>();
        long total = 0;
        for (NormCode code : NormCode.values()) {
            long unitCost = rate(code);
            long quantity = code.appliesTo(activity.kind()) ? code.quantity(activity) : 0;
            if (unitCost == 0 || quantity <= 0) {
                continue;
            }
            // exact whatever the rate and the activity, so a product beyond the bound is refused, never wrapped
            BigInteger amount = BigInteger.valueOf(quantity).multiply(BigInteger.valueOf(unitCost));
            if (quantity > Integer.MAX_VALUE || amount.compareTo(MAX_VND) > 0) {
                throw beyondBound("lines." + code.name(), new NormsRefusal.EstimateLineBeyondBound(
                        new Digits(Limits.MAX_VND), code, new Digits(quantity), new Digits(unitCost)));
            }
            lines.add(new CostLine(code, (int) quantity, unitCost, amount.longValueExact()));
            total = Math.addExact(total, amount.longValueExact()); // at most eight lines within the bound
        }
        if (total > Limits.MAX_VND) {
            throw beyondBound("totalVnd", new NormsRefusal.EstimateTotalBeyondBound(new Digits(Limits.MAX_VND),
                    new Digits(total)));
        }
        return new CostEstimate(id, lines, total);
    }

    private static Refused beyondBound(String field, NormsRefusal reason) {
        return new Refused(Refused.Kind.RULE, "estimate-beyond-bound", reason, List.of(Violation.of(field, reason)));
    }
}
