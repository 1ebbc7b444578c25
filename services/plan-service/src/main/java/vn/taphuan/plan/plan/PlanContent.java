package vn.taphuan.plan.plan;

import java.time.LocalDate;
import java.util.List;

/** What a plan says: the part an officer writes and amends. */
public record PlanContent(
        String programmeCode,
        String title,
        String issuingBody,
        String documentNumber,
        LocalDate documentDate,
        LocalDate periodStart,
        LocalDate periodEnd,
        long budgetTotalVnd,
        List<FundingAmount> budgetBySource,
        List<TargetLine> targetLines) {
}
