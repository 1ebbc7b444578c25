package vn.taphuan.budget.planbudget;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What this service knows of an approved plan (from {@code PlanApproved}/{@code PlanAmended}): its period, its
 * estimate (dự toán) per funding source and its target lines.
 *
 * @param planVersion    1 on approval, +1 per amendment
 * @param programmeCode  programme catalogue code
 * @param title          plan title
 * @param documentNumber number of the issuing document, if any
 * @param periodStart    first day of the plan period
 * @param periodEnd      last day of the plan period
 * @param estimates      the budget envelope per funding source
 * @param lines          the target lines
 */
public record PlanTerms(int planVersion, String programmeCode, String title, String documentNumber,
                        LocalDate periodStart, LocalDate periodEnd, List<SourceAmount> estimates,
                        List<LineTerms> lines) {

    public PlanTerms {
        estimates = List.copyOf(estimates);
        lines = List.copyOf(lines);
    }

    public long estimate(FundingSource source) {
        return estimates.stream().filter(e -> e.source() == source).mapToLong(SourceAmount::amountVnd)
                .reduce(0, Math::addExact);
    }

    public long totalEstimate() {
        return estimates.stream().mapToLong(SourceAmount::amountVnd).reduce(0, Math::addExact);
    }

    public Optional<LineTerms> line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst();
    }

    boolean funds(FundingSource source) {
        return estimate(source) > 0;
    }
}
