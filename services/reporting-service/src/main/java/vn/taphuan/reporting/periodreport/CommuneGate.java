package vn.taphuan.reporting.periodreport;

import org.springframework.stereotype.Component;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lower level of the chain: a province submits a period's report only after every commune reporting to it has
 * submitted its own (where the province administrator lists reporting communes; none listed, none is waited for).
 */
@Component
class CommuneGate {

    private final AggregateStore store;

    CommuneGate(AggregateStore store) {
        this.store = store;
    }

    /** The current province's reporting communes (none before the administrator lists any). */
    ReportingCommunes reporting() {
        String tenant = TenantContext.require();
        return store.find(ReportingCommunes.class, tenant).orElseGet(() -> ReportingCommunes.none(tenant));
    }

    /** The reporting communes' reports of the province's report {@code provinceReportId}, by commune (absent: none written). */
    Map<String, CommuneReport> reports(String provinceReportId, List<String> communes) {
        return store.findAll(CommuneReport.class, communes.stream().map(c -> CommuneReport.idOf(provinceReportId, c))
                .toList()).stream().collect(Collectors.toMap(CommuneReport::communeCode, Function.identity()));
    }

    /** Refuses the province's submission of {@code provinceReportId} while a reporting commune has not submitted. */
    void requireAllSubmitted(String provinceReportId, String period) {
        List<String> communes = reporting().communes();
        if (communes.isEmpty()) {
            return;
        }
        Map<String, CommuneReport> reports = reports(provinceReportId, communes);
        List<String> missing = communes.stream().filter(c -> reports.get(c) == null
                || reports.get(c).state() != ReportState.SUBMITTED).toList();
        if (!missing.isEmpty()) {
            throw Refused.rule(new PeriodReportRefusal.CommunesNotSubmitted(period, missing), List.of());
        }
    }
}
