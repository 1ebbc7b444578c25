package vn.taphuan.reporting.periodreport;

/** The officer's words on one target line of one plan: reasons for delay, proposals. */
public record LineComment(String planId, String lineId, String comment) {
}
