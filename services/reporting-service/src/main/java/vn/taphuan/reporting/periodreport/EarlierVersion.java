package vn.taphuan.reporting.periodreport;

import vn.taphuan.kit.security.Role;

import java.time.Instant;
import java.util.List;

/**
 * An approved version of a period's report as it stood when the province administrator reopened it: kept so that
 * what was approved (and perhaps accepted) can still be read beside what replaces it.
 *
 * @param revision      the revision that was approved
 * @param state         where it stood when reopened (approved, or accepted by the ministry)
 * @param figures       its figures as they were frozen at its submission
 * @param signOffs      the sign-offs of that revision
 * @param reopenedBy    who reopened it, as their account names them
 * @param reopenedRole  the role they acted in
 * @param reopenedAt    when
 * @param reason        why
 */
public record EarlierVersion(int revision, ReportState state, ReportFigures figures, List<SignOff> signOffs,
                             String reopenedBy, Role reopenedRole, Instant reopenedAt, String reason) {
}
