package vn.taphuan.bench.nation;

/**
 * The target lines every generated plan may have: who is trained, how, from which pool of people, and what a
 * learner costs (whole VND, for the allocations and payments).
 */
public enum Line {

    DTTS_COMMUNITY("dtts-community", Programme.DTTS, "TRAINING_CLASS", Pool.COMMUNITY,
            "Đào tạo, tập huấn nâng cao năng lực cho cộng đồng", "Lớp tập huấn nâng cao năng lực cộng đồng số ", 650_000),
    DTTS_CADRE("dtts-cadre", Programme.DTTS, "TRAINING_CLASS", Pool.CADRE,
            "Bồi dưỡng cán bộ triển khai Chương trình ở các cấp", "Lớp bồi dưỡng cán bộ triển khai Chương trình số ", 900_000),
    DTTS_ELEARNING("dtts-elearning", Programme.DTTS, "E_LEARNING_COHORT", Pool.CADRE,
            "Bồi dưỡng trực tuyến cho cán bộ cơ sở", "Khóa bồi dưỡng trực tuyến cho cán bộ cơ sở số ", 120_000),
    NTM_CADRE("ntm-cadre", Programme.NTM, "TRAINING_CLASS", Pool.CADRE,
            "Tập huấn cán bộ xây dựng nông thôn mới các cấp", "Lớp tập huấn cán bộ xây dựng nông thôn mới số ", 850_000),
    NTM_COMMUNITY("ntm-community", Programme.NTM, "TRAINING_CLASS", Pool.COMMUNITY,
            "Tập huấn nông dân nòng cốt, tổ hợp tác, hợp tác xã", "Lớp tập huấn nông dân nòng cốt số ", 600_000);

    private final String lineId;
    private final Programme programme;
    private final String activityKind;
    private final Pool pool;
    private final String description;
    private final String classTitle;
    private final long costPerLearnerVnd;

    Line(String lineId, Programme programme, String activityKind, Pool pool, String description, String classTitle,
         long costPerLearnerVnd) {
        this.lineId = lineId;
        this.programme = programme;
        this.activityKind = activityKind;
        this.pool = pool;
        this.description = description;
        this.classTitle = classTitle;
        this.costPerLearnerVnd = costPerLearnerVnd;
    }

    public String lineId() {
        return lineId;
    }

    public Programme programme() {
        return programme;
    }

    public String activityKind() {
        return activityKind;
    }

    public boolean cohort() {
        return activityKind.equals("E_LEARNING_COHORT");
    }

    public Pool pool() {
        return pool;
    }

    /** COMMUNITY or CADRE, as plan-service names target groups. */
    public String targetGroup() {
        return pool.name();
    }

    public String description() {
        return description;
    }

    public String classTitle(int number) {
        return classTitle + number;
    }

    public long costPerLearnerVnd() {
        return costPerLearnerVnd;
    }

    /** The two groups of people a province trains; a person stays in their group. */
    public enum Pool {
        COMMUNITY, CADRE
    }
}
