package vn.taphuan.reporting.periodreport;

import vn.taphuan.kit.security.Role;

import java.time.Instant;

/**
 * One step of the chain as it was signed: by whom (name and role), when, on which submission, and why (a return's
 * reason).
 *
 * @param revision the submission the step concerns (1 for the first, 2 after one return, …)
 */
public record SignOff(Step step, String userId, String name, Role role, String ministry, Instant at, int revision,
                      String reason) {
}
