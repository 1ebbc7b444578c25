package vn.taphuan.budget.norms;

import vn.taphuan.contracts.Limits;
import vn.taphuan.kit.problem.Dates;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.problem.RuleViolation;

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
        List<FieldViolation> violations = new ArrayList<>();
        if (validFrom == null) {
            violations.add(FieldViolation.of("validFrom", "là bắt buộc", "is required"));
        } else if (validTo != null && validTo.isBefore(validFrom)) {
            violations.add(FieldViolation.of("validTo", "không được trước ngày bắt đầu hiệu lực ("
                    + Dates.shown(validFrom) + ")",
                    "must not be before validFrom (" + Dates.shown(validFrom) + ")"));
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            violations.add(FieldViolation.of("legalBasis", "là bắt buộc (văn bản quy định định mức)",
                    "is required (the document that sets the norms)"));
        }
        Map<NormCode, Long> given = ratesByCode == null ? Map.of() : new EnumMap<>(ratesByCode);
        List<NormRate> rates = new ArrayList<>();
        for (NormCode code : NormCode.values()) {
            Long rate = given.get(code);
            if (rate == null) {
                violations.add(FieldViolation.of("rates." + code.name(),
                        "thiếu định mức \"" + code.labelVi() + "\" (nhập 0 nếu không chi)",
                        "the rate is missing (give 0 if this item is not paid)"));
            } else if (rate < 0) {
                violations.add(FieldViolation.of("rates." + code.name(), "không được là số âm", "must not be negative"));
            } else if (rate > MAX_RATE_VND) {
                violations.add(FieldViolation.of("rates." + code.name(), "quá lớn (tối đa " + MAX_RATE_VND + " đồng)",
                        "is too large (at most " + MAX_RATE_VND + " VND)"));
            } else {
                rates.add(new NormRate(code, rate));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
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
     * @throws RuleViolation if a line or the whole comes to more than {@link Limits#MAX_VND} (or a quantity to more
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
                throw beyondBound("lines." + code.name(), code.labelVi() + ": " + quantity + " × " + unitCost + " đồng",
                        code.name() + ": " + quantity + " × " + unitCost + " VND");
            }
            lines.add(new CostLine(code, (int) quantity, unitCost, amount.longValueExact()));
            total = Math.addExact(total, amount.longValueExact()); // at most eight lines within the bound
        }
        if (total > Limits.MAX_VND) {
            throw beyondBound("totalVnd", "tổng " + total + " đồng", "total " + total + " VND");
        }
        return new CostEstimate(id, lines, total);
    }

    private static RuleViolation beyondBound(String field, String whatVi, String whatEn) {
        return new RuleViolation("estimate-beyond-bound", field,
                "Dự toán theo định mức vượt quá " + Limits.MAX_VND + " đồng (" + whatVi
                        + "); hãy kiểm tra định mức và quy mô, thời gian của hoạt động",
                "The estimate by the norms exceeds " + Limits.MAX_VND + " VND (" + whatEn
                        + "); check the rates and the activity's size and duration");
    }
}
