package vn.taphuan.plan.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.taphuan.plan.plan.YearlyTarget;
import vn.taphuan.plan.programme.ActivityKind;
import vn.taphuan.plan.programme.CadreLevel;
import vn.taphuan.plan.programme.TargetGroup;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.plan.importing.PlanTextParserTest.extraction;
import static vn.taphuan.plan.importing.ImportMother.en;
import static vn.taphuan.plan.importing.ImportMother.vi;

/** Counts of activities and person-turns however a target is worded; approximate wording lowers the confidence. */
class CountPhrasingRulesTest {

    private static final String PLAN_2024 = "Kế hoạch tập huấn năm 2024 vùng đồng bào dân tộc thiểu số và miền núi.\n";

    private final PlanTextParser parser = new PlanTextParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tổ chức khoảng 30 lớp tập huấn, bồi dưỡng cho trên 2.000 lượt người dân.            | TRAINING_CLASS    | COMMUNITY | 30 | 2000 | MEDIUM | MEDIUM
            Mở tối thiểu 12 lớp đào tạo, bồi dưỡng cho ít nhất 600 lượt cán bộ cấp xã.          | TRAINING_CLASS    | CADRE     | 12 | 600  | MEDIUM | MEDIUM
            Dự kiến mở gần 40 lớp tập huấn cho không dưới 1.500 lượt người dân.                  | TRAINING_CLASS    | COMMUNITY | 40 | 1500 | MEDIUM | MEDIUM
            Tổ chức 05 lớp tập huấn, bồi dưỡng (250 lượt người có uy tín).                       | TRAINING_CLASS    | COMMUNITY | 5  | 250  | HIGH   | HIGH
            Tổ chức 08 lớp bồi dưỡng kiến thức với 400 học viên là cán bộ thôn, bản.             | TRAINING_CLASS    | CADRE     | 8  | 400  | HIGH   | MEDIUM
            Tập huấn cho 1.200 lượt người dân tại 24 lớp.                                        | TRAINING_CLASS    | COMMUNITY | 24 | 1200 | HIGH   | HIGH
            Tổ chức 03 đợt tham quan, học tập kinh nghiệm cho 90 lượt cán bộ cấp huyện.         | STUDY_TOUR        | CADRE     | 3  | 90   | HIGH   | HIGH
            Tổ chức 06 lớp tập huấn trực tuyến cho 600 lượt cán bộ, công chức xã.               | E_LEARNING_COHORT | CADRE     | 6  | 600  | HIGH   | HIGH
            Tổ chức 10 khóa bồi dưỡng cho 350 lượt cán bộ cấp huyện.                            | TRAINING_CLASS    | CADRE     | 10 | 350  | HIGH   | HIGH
            - Tập huấn cộng đồng: 15 lớp/750 học viên.                                          | TRAINING_CLASS    | COMMUNITY | 15 | 750  | HIGH   | MEDIUM
            - Bồi dưỡng cán bộ cấp xã: 05 lớp/250 lượt người.                                    | TRAINING_CLASS    | CADRE     | 5  | 250  | HIGH   | HIGH
            """)
    void aTargetIsReadWithItsCountsHoweverWorded(String sentence, ActivityKind kind, TargetGroup group, int activities,
                                                 int turns, Confidence activitiesConfidence, Confidence turnsConfidence) {
        ParsedPlan parsed = parser.parse(PLAN_2024 + sentence, ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.activityKind()).isEqualTo(kind);
            assertThat(line.targetGroup()).isEqualTo(group);
            assertThat(line.plannedActivities()).isEqualTo(activities);
            assertThat(line.plannedPersonTurns()).isEqualTo(turns);
        });
        assertThat(extraction(parsed, "targetLines[0].plannedActivities").confidence()).isEqualTo(activitiesConfidence);
        assertThat(extraction(parsed, "targetLines[0].plannedPersonTurns").confidence()).isEqualTo(turnsConfidence);
        assertThat(parsed.findings()).extracting(Finding::field).noneMatch(f -> f != null && f.startsWith("targetLines"));
    }

    @Test
    void anApproximateCountQuotesItsQualifierAndSaysWhatWasTaken() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Tổ chức khoảng 30 lớp tập huấn cho trên 2.000 lượt người dân.",
                ImportMother.bacGiang());

        Extraction classes = extraction(parsed, "targetLines[0].plannedActivities");
        Extraction turns = extraction(parsed, "targetLines[0].plannedPersonTurns");
        assertThat(classes.span().quote()).isEqualTo("khoảng 30");
        assertThat(classes.reason()).isEqualTo(new ExtractionNote.CountQualified("khoảng", "30"));
        assertThat(en(classes.reason())).isEqualTo("The text says \"khoảng 30\"; 30 is taken as the target");
        assertThat(turns.span().quote()).isEqualTo("trên 2.000 lượt người dân");
        assertThat(turns.reason()).isEqualTo(new ExtractionNote.TurnsQualified("trên", "2.000"));
        assertThat(vi(turns.reason())).isEqualTo("Văn bản ghi \"trên 2.000 lượt\"; lấy 2.000 làm chỉ tiêu");
    }

    @Test
    void aFractionOrADateIsNoCount() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Đến ngày 11/10/2023, 63/63 tỉnh đã có kế hoạch mở lớp 2/2024 lượt.",
                ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).isEmpty();
    }

    @Test
    void learnersPerClassAreNotATotal() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Tổ chức 10 lớp tập huấn cho người dân, mỗi lớp gồm 30 học viên.",
                ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.plannedActivities()).isEqualTo(10);
            assertThat(line.plannedPersonTurns()).isZero();
        });
        assertThat(parsed.findings()).filteredOn(f -> "targetLines[0].plannedPersonTurns".equals(f.field()))
                .anySatisfy(f -> assertThat(f.span().quote()).isEqualTo("mỗi lớp gồm 30 học viên"));
    }

    @Test
    void countsPerYearInAPlanOfSeveralYearsAreItsYearlyTargetsAndMakeItsTotalsShownAsDerived() {
        ParsedPlan parsed = parser.parse("Kế hoạch bồi dưỡng cán bộ xây dựng nông thôn mới giai đoạn 2022-2025.\nMỗi năm tổ "
                + "chức tối thiểu 10 lớp tập huấn cho khoảng 500 lượt cán bộ cấp xã.", ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.plannedActivities()).isEqualTo(40);
            assertThat(line.plannedPersonTurns()).isEqualTo(2_000);
            assertThat(line.cadreLevel()).isEqualTo(CadreLevel.COMMUNE);
            assertThat(line.yearlyTargets()).containsExactly(new YearlyTarget(2022, 10, 500),
                    new YearlyTarget(2023, 10, 500), new YearlyTarget(2024, 10, 500), new YearlyTarget(2025, 10, 500));
        });
        Extraction activities = parsed.extractions().stream()
                .filter(e -> e.field().equals("targetLines[0].plannedActivities")).findFirst().orElseThrow();
        assertThat(activities.span().quote()).isEqualTo("tối thiểu 10");
        assertThat(activities.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(activities.reason()).isEqualTo(new ExtractionNote.CountPerYearTimesYears("tối thiểu 10", "2022", "2025", 4));
        assertThat(en(activities.reason())).contains("per year").contains("2022–2025 (4 years)").contains("× 4");
        assertThat(parsed.findings()).noneMatch(f -> f.reason() instanceof ImportFinding.CountPerYear);
    }

    @Test
    void countsPerYearInAPlanOfOneYearAreItsTargets() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Hằng năm tổ chức 10 lớp tập huấn cho 500 lượt người dân.",
                ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.plannedActivities()).isEqualTo(10);
            assertThat(line.plannedPersonTurns()).isEqualTo(500);
        });
    }

    @Test
    void aCoverageTargetWrittenRosterFirstIsACoverageTarget() {
        ParsedPlan parsed = parser.parse("Kế hoạch bồi dưỡng cán bộ xây dựng nông thôn mới giai đoạn 2021-2025.\nPhấn đấu đến "
                + "năm 2025 tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng đạt ít nhất 80%.", ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.coverage().percent()).isEqualTo(80);
            assertThat(line.coverage().rosterDescription()).isEqualTo("cán bộ, công chức cấp xã");
            assertThat(line.coverage().byDate()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(line.cadreLevel()).isEqualTo(CadreLevel.COMMUNE);
        });
        assertThat(extraction(parsed, "targetLines[0].coverage.percent").span().quote()).isEqualTo("ít nhất 80%");
    }

    @Test
    void aShareAlreadyReachedIsNoCoverageTarget() {
        ParsedPlan parsed = parser.parse("Kế hoạch bồi dưỡng cán bộ xây dựng nông thôn mới giai đoạn 2021-2025.\nNăm 2022, tỷ lệ "
                + "cán bộ cấp xã được bồi dưỡng đạt 45%; phấn đấu đến năm 2025 đạt 80%.", ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).isEmpty();
    }
}
