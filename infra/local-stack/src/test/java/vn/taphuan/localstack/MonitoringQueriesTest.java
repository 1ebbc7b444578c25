package vn.taphuan.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringQueriesTest {

    @Test
    void theMetricNamesOfAQueryAreFoundAndFunctionsLabelsAndKeywordsAreNot() {
        assertThat(MonitoringQueries.metricNames(
                "sum by (application, topic) (increase(plan_events_deadlettered_total[15m]) or "
                        + "increase(budget_events_deadlettered_total{topic=\"plan.events.v1\"}[15m])) > 0"))
                .containsExactly("budget_events_deadlettered_total", "plan_events_deadlettered_total");
        assertThat(MonitoringQueries.metricNames("sum by (application) (jvm_memory_used_bytes{area=\"heap\"}) / "
                + "sum by (application) (jvm_memory_max_bytes{area=\"heap\"}) > 0.9"))
                .containsExactly("jvm_memory_max_bytes", "jvm_memory_used_bytes");
        assertThat(MonitoringQueries.metricNames("up{job=\"taphuan\"} == 0")).containsExactly("up");
        assertThat(MonitoringQueries.metricNames("rate(reporting_figures_refresh_seconds_sum[5m]) / "
                + "rate(reporting_figures_refresh_seconds_count[5m])"))
                .containsExactly("reporting_figures_refresh_seconds_count", "reporting_figures_refresh_seconds_sum");
    }

    @Test
    void theAlertsAndTheDashboardAreRead() {
        var queries = MonitoringQueries.all(TestStack.root().resolve("infra/monitoring"));
        assertThat(queries).hasSizeGreaterThan(20);
        assertThat(queries).anySatisfy(q -> assertThat(q).contains("plan_outbox_failures_total"))
                .anySatisfy(q -> assertThat(q).contains("reporting_live_streams"));
    }

    @Test
    void aScrapeListsItsMetricNames() {
        assertThat(MonitoringQueries.exported("""
                # HELP plan_outbox_backlog events waiting
                # TYPE plan_outbox_backlog gauge
                plan_outbox_backlog{application="plan-service"} 0.0
                up 1
                """)).containsExactly("plan_outbox_backlog", "up");
    }
}
