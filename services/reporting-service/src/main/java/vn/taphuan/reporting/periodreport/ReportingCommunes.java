package vn.taphuan.reporting.periodreport;

import java.util.ArrayList;
import java.util.List;

/**
 * The communes of a province that report to it (where communes report): set by the province administrator. The
 * province submits a period's report only once every one of them has submitted its own. Stored under the province's
 * id, one per province.
 */
public class ReportingCommunes {

    private String id;
    private String tenantId;
    private long version;
    private List<String> communes = new ArrayList<>();

    ReportingCommunes() {
    }

    static ReportingCommunes none(String tenantId) {
        ReportingCommunes reporting = new ReportingCommunes();
        reporting.id = tenantId;
        reporting.tenantId = tenantId;
        return reporting;
    }

    void set(List<String> communeCodes) {
        communes = new ArrayList<>(communeCodes.stream().distinct().sorted().toList());
    }

    public List<String> communes() {
        return List.copyOf(communes);
    }

    public long version() {
        return version;
    }
}
