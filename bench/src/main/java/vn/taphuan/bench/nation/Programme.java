package vn.taphuan.bench.nation;

/** The national target programmes the generated plans belong to (codes of plan-service's programme catalogue). */
public enum Programme {

    DTTS("MTQG_DTTS_MN_2021_2025", "DTTS",
            "Kế hoạch đào tạo, tập huấn nâng cao năng lực cộng đồng và cán bộ năm 2025 (Dự án 5, Tiểu dự án 4) — "),
    NTM("MTQG_NTM_2021_2025", "NTM",
            "Kế hoạch tập huấn, bồi dưỡng cán bộ và nông dân xây dựng nông thôn mới năm 2025 — ");

    private final String code;
    private final String shortName;
    private final String titlePrefix;

    Programme(String code, String shortName, String titlePrefix) {
        this.code = code;
        this.shortName = shortName;
        this.titlePrefix = titlePrefix;
    }

    public String code() {
        return code;
    }

    /** The plan's document number within the province: {@code KH-BENCH/2025-DTTS}. */
    public String documentNumber() {
        return "KH-BENCH/2025-" + shortName;
    }

    public String title(Province province) {
        return titlePrefix + province.name() + " (dữ liệu đo hiệu năng)";
    }
}
