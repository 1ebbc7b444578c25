package vn.taphuan.kit.periodlock;

import java.time.Instant;

/**
 * A period of a programme whose report the province approved: what is dated in it is not written any more, unless
 * the approver reopens the report.
 *
 * @param reportId       the report's id, {@code <tenant>.<programmeCode>.<period>}
 * @param programmeCode  programme catalogue code
 * @param period         the period, with its days
 * @param revision       the revision of the report that was approved
 * @param approvedByName who approved it, as their account names them
 * @param approvedByRole the role they approved in
 * @param approvedAt     when
 */
public record LockedPeriod(String reportId, String programmeCode, PeriodName period, int revision,
                           String approvedByName, SignerRole approvedByRole, Instant approvedAt) {
}
