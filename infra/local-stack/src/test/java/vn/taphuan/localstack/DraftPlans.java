package vn.taphuan.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plan bodies the integration tests send to {@code POST /api/v1/plans}. */
final class DraftPlans {

    private DraftPlans() {
    }

    /** A province's 2024 plan under the DTTS&MN programme: one line of two workshops for cadres, no money. */
    static Map<String, Object> workshops2024(String province) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("programmeCode", "MTQG_DTTS_MN_2021_2025");
        plan.put("title", "Kế hoạch đào tạo năm 2024 của tỉnh " + province);
        plan.put("periodStart", "2024-01-01");
        plan.put("periodEnd", "2024-12-31");
        plan.put("budgetTotalVnd", 0L);
        plan.put("budgetBySource", List.of());
        plan.put("targetLines", List.of(Map.of("activityKind", "WORKSHOP", "targetGroup", "CADRE",
                "plannedActivities", 2, "plannedPersonTurns", 0)));
        return plan;
    }
}
