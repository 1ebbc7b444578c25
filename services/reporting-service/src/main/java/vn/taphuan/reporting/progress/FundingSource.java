package vn.taphuan.reporting.progress;

/** Where money comes from; the order is the order reports list them in. */
public enum FundingSource {
    CENTRAL, CENTRAL_INVESTMENT, PROVINCE, DISTRICT, COMMUNE, SOCIAL, OTHER
}
