package vn.taphuan.plan.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.taphuan.plan.programme.CadreLevel;
import vn.taphuan.plan.programme.TargetGroup;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.plan.importing.PlanTextParserTest.extraction;
import static vn.taphuan.plan.importing.ImportMother.en;
import static vn.taphuan.plan.importing.ImportMother.vi;

/** A line of cadres gets the one level its words name; cadres of several levels get none, and the officer is told. */
class CadreLevelRulesTest {

    private static final String PLAN_2024 = "Kế hoạch bồi dưỡng cán bộ năm 2024 vùng đồng bào dân tộc thiểu số và miền núi.\n";

    private final PlanTextParser parser = new PlanTextParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cán bộ cấp xã                                      | COMMUNE
            cán bộ, công chức xã                               | COMMUNE
            công chức cấp huyện                                | DISTRICT
            lãnh đạo các sở, cán bộ tỉnh                       | PROVINCE
            trưởng thôn, bí thư chi bộ                         | VILLAGE VILLAGE
            cán bộ trong hệ thống chính trị ở cơ sở            | COMMUNE
            cán bộ cấp xã, cấp huyện                           | COMMUNE DISTRICT
            cán bộ cấp tỉnh, huyện, xã                         | PROVINCE DISTRICT COMMUNE
            cán bộ huyện và xã                                 | DISTRICT COMMUNE
            cán bộ cấp xã, thôn                                | COMMUNE VILLAGE
            cán bộ làm công tác dân tộc cấp huyện; cán bộ cấp xã | DISTRICT COMMUNE
            """)
    void theLevelsAPhraseNamesAreReadInOrder(String phrase, String levels) {
        assertThat(Lexicon.levels(phrase)).extracting(Lexicon.LevelMention::level)
                .containsExactlyElementsOf(Arrays.stream(levels.split(" ")).map(CadreLevel::valueOf).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cán bộ các cấp", "cán bộ triển khai Chương trình ở các cấp", "cán bộ làm công tác xã hội",
            "cán bộ Ban Dân tộc tỉnh", "người dân tại 124 xã, 800 thôn", "cán bộ chuyên trách xây dựng nông thôn mới"})
    void aPhraseWithoutALevelOfCadresNamesNone(String phrase) {
        assertThat(Lexicon.levels(phrase)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tổ chức 06 lớp bồi dưỡng cho 420 lượt cán bộ cấp xã, cấp huyện.       | cấp xã, cấp huyện
            Mở 04 lớp tập huấn cho 200 lượt cán bộ cấp huyện và cấp xã.            | cấp huyện và cấp xã
            Tổ chức 03 lớp cho 150 lượt cán bộ tỉnh, huyện, xã làm công tác dân tộc. | cán bộ tỉnh, huyện, xã
            Mở 05 lớp bồi dưỡng cho 250 lượt cán bộ cấp xã, thôn.                 | cấp xã, thôn
            """)
    void aLineOfCadresOfSeveralLevelsGetsNoLevelAndAFinding(String sentence, String levels) {
        ParsedPlan parsed = parser.parse(PLAN_2024 + sentence, ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.targetGroup()).isEqualTo(TargetGroup.CADRE);
            assertThat(line.cadreLevel()).isNull();
        });
        assertThat(parsed.extractions()).extracting(Extraction::field).doesNotContain("targetLines[0].cadreLevel");
        assertThat(parsed.findings()).filteredOn(f -> "targetLines[0].cadreLevel".equals(f.field())).singleElement()
                .satisfies(f -> {
                    assertThat(f.span().quote()).isEqualTo(levels);
                    assertThat(f.reason()).isEqualTo(new ImportFinding.SeveralCadreLevels(levels));
                    assertThat(vi(f.reason())).contains("nhiều cấp");
                    assertThat(en(f.reason())).contains("several levels");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mở 04 lớp cho 200 lượt cán bộ, công chức cấp xã.                          | COMMUNE  | cấp xã
            Nhóm cán bộ cấp tỉnh: 02 lớp cho 80 lượt người.                           | PROVINCE | cấp tỉnh
            Nhóm cán bộ: 05 lớp cho 250 lượt cán bộ cấp huyện.                        | DISTRICT | cấp huyện
            Tổ chức 02 lớp cho 60 lượt trưởng thôn, bản.                              | VILLAGE  | trưởng thôn
            Mở 03 lớp cho 120 lượt cán bộ làm công tác xã hội cấp huyện.              | DISTRICT | cấp huyện
            """)
    void aLineOfCadresOfOneLevelGetsThatLevelFromItsLabelOrItsWords(String sentence, CadreLevel level, String quote) {
        ParsedPlan parsed = parser.parse(PLAN_2024 + sentence, ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement()
                .satisfies(line -> assertThat(line.cadreLevel()).isEqualTo(level));
        assertThat(extraction(parsed, "targetLines[0].cadreLevel").span().quote()).isEqualTo(quote);
        assertThat(parsed.findings()).extracting(Finding::field).doesNotContain("targetLines[0].cadreLevel");
    }

    @Test
    void cadresOfAllLevelsGetNoLevelAndNoFinding() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Nhóm cán bộ triển khai Chương trình ở các cấp: 10 lớp cho 1.000 lượt người.",
                ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.targetGroup()).isEqualTo(TargetGroup.CADRE);
            assertThat(line.cadreLevel()).isNull();
        });
        assertThat(parsed.findings()).extracting(Finding::field).doesNotContain("targetLines[0].cadreLevel");
    }

    @Test
    void aCoverageTargetOfCadresOfSeveralLevelsGetsNoLevel() {
        ParsedPlan parsed = parser.parse("Kế hoạch bồi dưỡng cán bộ xây dựng nông thôn mới giai đoạn 2021-2025. Phấn đấu đến năm "
                + "2025, ít nhất 80% cán bộ cấp tỉnh, cấp huyện được bồi dưỡng.", ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.coverage().percent()).isEqualTo(80);
            assertThat(line.cadreLevel()).isNull();
        });
        assertThat(parsed.findings()).extracting(Finding::field).contains("targetLines[0].cadreLevel");
    }
}
