package vn.taphuan.plan.plan;

import vn.taphuan.plan.programme.ActivityRules;

import java.time.LocalDate;

/**
 * One approved version of a plan; version 1 is the approval, each amendment adds one. Versions are never changed
 * or removed, so every earlier version stays readable.
 *
 * @param number                  1, 2, …
 * @param content                 the plan as it stood in this version
 * @param effectiveOn             the day the version took effect (approval or amendment date)
 * @param reason                  why the plan was amended; null for the approval
 * @param amendmentDocumentNumber the amending document's number, if any
 * @param programmeName           the programme's name when the version took effect
 * @param deadline                the programme deadline the targets are measured against
 * @param rules                   the rules activities followed under this version (programme's, tightened by the plan's)
 * @param recordedBy              who recorded the version
 */
public record PlanVersion(int number, PlanContent content, LocalDate effectiveOn, String reason,
                          String amendmentDocumentNumber, String programmeName, LocalDate deadline,
                          ActivityRules rules, String recordedBy) {
}
