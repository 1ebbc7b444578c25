package vn.taphuan.plan.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.taphuan.plan.plan.OtherTarget;
import vn.taphuan.plan.plan.TargetLine;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.taphuan.plan.importing.ImportMother.en;
import static vn.taphuan.plan.importing.ImportMother.vi;

/**
 * Targets stated as counts of things built, bought or supplied (issue 18): kept with the plan as targets of another
 * kind, with their figure, what it counts and their span; never training lines. Counts of people and of classes stay
 * training lines; where a statement could be either, a finding says what to check.
 */
class OtherTargetRulesTest {

    private static final String TITLE = "Kế hoạch tập huấn cộng đồng năm 2024.\n";

    private final PlanTextParser parser = new PlanTextParser();

    private ParsedPlan parse(String sentences) {
        return parser.parse(TITLE + sentences, ImportMother.bacGiang());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Xây dựng 05 nhà văn hóa cho các thôn đặc biệt khó khăn.            | Xây dựng 05 nhà văn hóa cho các thôn đặc biệt khó khăn            | 5  | nhà văn hóa
            Trang bị 20 bộ máy tính cho các điểm bưu điện văn hóa xã.          | Trang bị 20 bộ máy tính cho các điểm bưu điện văn hóa xã          | 20 | bộ máy tính
            Mua sắm trang thiết bị cho 15 trung tâm học tập cộng đồng.         | Mua sắm trang thiết bị cho 15 trung tâm học tập cộng đồng         | 15 | trung tâm học tập cộng đồng
            Phấn đấu hỗ trợ 3 điểm truy cập internet tại các xã vùng cao.      | hỗ trợ 3 điểm truy cập internet tại các xã vùng cao               | 3  | điểm truy cập internet
            """)
    void aCountOfThingsBuiltOrSuppliedIsATargetOfAnotherKindNeverATrainingLine(String sentence, String description,
                                                                                  int quantity, String unit) {
        ParsedPlan parsed = parse(sentence + "\n");

        assertThat(parsed.draft().otherTargets()).extracting(OtherTarget::description, o -> o.quantity().intValue(),
                OtherTarget::unit, o -> o.source().quote()).containsExactly(tuple(description, quantity, unit, description));
        assertThat(parsed.draft().targetLines()).isEmpty();
        Finding finding = parsed.findings().stream().filter(f -> f.reason() instanceof ImportFinding.NonTrainingTarget)
                .findFirst().orElseThrow();
        assertThat(finding.span().quote()).isEqualTo(description);
        assertThat(vi(finding.reason())).startsWith("Chỉ tiêu không phải về đào tạo: «" + description + "»");
        assertThat(parsed.extractions()).filteredOn(e -> e.field().startsWith("otherTargets["))
                .extracting(Extraction::field).containsExactly("otherTargets[0]");
    }

    @Test
    void aTextSentInNfdGivesTheSameTargetOfAnotherKindWithItsSpanInTheTextAsSent() {
        String nfd = java.text.Normalizer.normalize(TITLE + "Xây dựng 05 nhà văn hóa cho các thôn.\n",
                java.text.Normalizer.Form.NFD);
        ParsedPlan parsed = parser.parse(nfd, ImportMother.bacGiang());

        OtherTarget target = parsed.draft().otherTargets().get(0);
        assertThat(target.description()).isEqualTo("Xây dựng 05 nhà văn hóa cho các thôn");
        assertThat(target.unit()).isEqualTo("nhà văn hóa");
        assertThat(nfd.substring(target.source().start(), target.source().end())).isEqualTo(target.source().quote());
    }

    @Test
    void aStatementOfBuildingAndAClauseOfTrainingInOneSentenceGiveOneOfEach() {
        ParsedPlan parsed = parse("Xây dựng 05 nhà văn hóa và tổ chức 3 lớp tập huấn cho 90 lượt người dân.\n");

        assertThat(parsed.draft().otherTargets()).extracting(OtherTarget::description, o -> o.quantity().intValue(),
                OtherTarget::unit).containsExactly(tuple("Xây dựng 05 nhà văn hóa", 5, "nhà văn hóa"));
        assertThat(parsed.draft().targetLines()).extracting(TargetLine::plannedActivities, TargetLine::plannedPersonTurns)
                .containsExactly(tuple(3, 90));
    }

    @Test
    void peopleNamedInAStatementOfBuildingAreNotATrainingLine() {
        ParsedPlan parsed = parse("Xây dựng 02 nhà sinh hoạt cộng đồng cho hơn 500 người dân.\n");

        assertThat(parsed.draft().otherTargets()).extracting(OtherTarget::unit, o -> o.quantity().intValue())
                .containsExactly(tuple("nhà sinh hoạt cộng đồng", 2));
        assertThat(parsed.draft().targetLines()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Tổ chức 01 lớp tập huấn cho 30 học viên.",
            "Hỗ trợ 10 lớp tập huấn kỹ thuật chăn nuôi cho 300 lượt người.",
            "Xây dựng kế hoạch năm 2024 tổ chức 4 lớp tập huấn cho 120 lượt người."})
    void classesAndLearnersStayTrainingLinesNotTargetsOfAnotherKind(String sentence) {
        ParsedPlan parsed = parse(sentence + "\n");

        assertThat(parsed.draft().otherTargets()).isEmpty();
        assertThat(parsed.draft().targetLines()).hasSize(1);
        assertThat(parsed.draft().targetLines().get(0).plannedActivities()).isPositive();
        assertThat(parsed.findings()).noneMatch(f -> f.reason() instanceof ImportFinding.NonTrainingTarget
                || f.reason() instanceof ImportFinding.ThingsSuppliedToClasses);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Hỗ trợ 30 học viên tham gia lớp bồi dưỡng.",
            "Năm 2023 đã xây dựng 05 nhà văn hóa.",
            "Hỗ trợ tiền ăn 50.000 đồng cho mỗi học viên.",
            "Hỗ trợ thực hiện Dự án 5 của Chương trình.",
            "Nâng cấp cơ sở vật chất cho 12 xã đặc biệt khó khăn."})
    void peopleMoneyPlacesResultsAndPartsOfAProgrammeAreNotTargetsOfAnotherKind(String sentence) {
        ParsedPlan parsed = parse(sentence + "\n");

        assertThat(parsed.draft().otherTargets()).isEmpty();
    }

    @Test
    void thingsSuppliedToACountOfClassesAreAFindingSayingWhatToCheckAndNeitherKindOfTarget() {
        ParsedPlan parsed = parse("Trang bị máy chiếu cho 10 lớp học tại các điểm trường.\n");

        assertThat(parsed.draft().targetLines()).isEmpty();
        assertThat(parsed.draft().otherTargets()).isEmpty();
        List<Finding> findings = parsed.findings().stream()
                .filter(f -> f.reason() instanceof ImportFinding.ThingsSuppliedToClasses).toList();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.span().quote()).isEqualTo("Trang bị máy chiếu cho 10 lớp học tại các điểm trường");
            assertThat(vi(f.reason())).contains("«10 lớp học» có thể là số lớp tập huấn hoặc số lớp học, phòng học");
            assertThat(en(f.reason())).contains("«10 lớp học» may be classes of training or classrooms equipped");
        });
    }

    @Test
    void aCountOfThingsInAStatementThatSpeaksOfTrainingIsKeptAndTheFindingAsksToCheck() {
        ParsedPlan parsed = parse("Hỗ trợ 15 trung tâm học tập cộng đồng tổ chức các lớp bồi dưỡng kiến thức.\n");

        assertThat(parsed.draft().otherTargets()).extracting(OtherTarget::unit, o -> o.quantity().intValue())
                .containsExactly(tuple("trung tâm học tập cộng đồng", 15));
        Finding finding = parsed.findings().stream()
                .filter(f -> f.reason() instanceof ImportFinding.OtherTargetMayBeTraining).findFirst().orElseThrow();
        assertThat(vi(finding.reason())).contains("hãy kiểm tra con số là số vật dụng, công trình hay là số lớp");
        assertThat(en(finding.reason())).contains("check whether the figure counts things supplied");
        assertThat(parsed.findings()).noneMatch(f -> f.reason() instanceof ImportFinding.NonTrainingTarget);
    }
}
