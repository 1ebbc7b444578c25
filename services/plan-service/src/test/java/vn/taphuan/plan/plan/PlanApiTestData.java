package vn.taphuan.plan.plan;

/** Request bodies shaped like the real Bắc Giang 2023 DTTS&MN plan; {@code %s} is the document number. */
public final class PlanApiTestData {

    public static final String BAC_GIANG_2023 = """
            {"programmeCode":"MTQG_DTTS_MN_2021_2025",
             "title":"Kế hoạch đào tạo nâng cao năng lực cho cộng đồng và cán bộ năm 2023",
             "issuingBody":"UBND tỉnh Bắc Giang","documentNumber":"%s","documentDate":"2023-03-15",
             "legalBases":[{"kind":"DECISION","number":"752/QĐ-UBDT","date":"2022-10-11","issuer":"Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"}],
             "periodStart":"2023-01-01","periodEnd":"2023-12-31",
             "scope":[{"unitCode":"H-SON-DONG"},{"unitCode":"H-LUC-NGAN"},{"unitCode":"H-LUC-NAM"},{"unitCode":"H-YEN-THE"},{"unitCode":"H-LANG-GIANG"}],
             "responsibleBodies":[{"name":"Ban Dân tộc","role":"LEAD"},{"name":"Sở Tài chính","role":"FINANCE","duties":"thẩm định và giao dự toán kinh phí"}],
             "budgetTotalVnd":6889000000,
             "budgetBySource":[{"source":"CENTRAL","amountVnd":6889000000}],
             "targetLines":[
               {"lineId":"community-classes","activityKind":"TRAINING_CLASS","targetGroup":"COMMUNITY","plannedActivities":102,"plannedPersonTurns":7500,"minEthnicMinorityPercent":50},
               {"lineId":"cadre-classes","activityKind":"TRAINING_CLASS","targetGroup":"CADRE","plannedActivities":10,"plannedPersonTurns":1000},
               {"lineId":"workshops","activityKind":"WORKSHOP","targetGroup":"CADRE","plannedActivities":8,"plannedPersonTurns":0},
               {"lineId":"study-tours","activityKind":"STUDY_TOUR","targetGroup":"CADRE","plannedActivities":4,"plannedPersonTurns":0,"unitCodes":["X-SON-DONG-TUAN-DAO"]}]}
            """;

    private PlanApiTestData() {
    }
}
