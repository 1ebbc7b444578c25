package vn.taphuan.plan.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.taphuan.plan.plan.TargetLine;
import vn.taphuan.plan.programme.ActivityKind;
import vn.taphuan.plan.programme.CadreLevel;
import vn.taphuan.plan.programme.TargetGroup;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.taphuan.plan.importing.ImportMother.en;
import static vn.taphuan.plan.importing.PlanTextParserTest.extraction;

/**
 * Minimum shares of ethnic-minority people and women, however a plan words them, go on the lines they are about; a
 * share of a population, a result, a maximum or a coverage target never becomes one.
 */
class PriorityShareRulesTest {

    private static final String PLAN_2024 = "Kế hoạch tập huấn năm 2024 vùng đồng bào dân tộc thiểu số và miền núi.\n";

    private final PlanTextParser parser = new PlanTextParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Phấn đấu tổ chức 45 lớp tập huấn cho khoảng 3.200 lượt người dân, trong đó tỷ lệ người dân tộc thiểu số đạt ít nhất 70% và phụ nữ đạt ít nhất 40%. | 70 | 40 | tỷ lệ người dân tộc thiểu số đạt ít nhất 70%
            Mở 20 lớp cho 1.600 lượt người dân, ưu tiên người DTTS chiếm tối thiểu 60%. | 60 | - | người DTTS chiếm tối thiểu 60%
            Tổ chức 12 lớp tập huấn cho 600 lượt người dân, trong đó phụ nữ chiếm từ 35% trở lên. | - | 35 | phụ nữ chiếm từ 35% trở lên
            Tổ chức 10 lớp cho 500 lượt người dân, trong đó ít nhất 60% là người dân tộc thiểu số và 40% là phụ nữ. | 60 | 40 | ít nhất 60% là người dân tộc thiểu số
            Mở 8 lớp cho 400 lượt người dân; tỷ lệ học viên là người DTTS không dưới 50%, học viên nữ chiếm ít nhất 30%. | 50 | 30 | tỷ lệ học viên là người DTTS không dưới 50%
            Tổ chức 15 lớp cho 900 lượt người dân (đồng bào DTTS chiếm 80%, nữ giới chiếm 45%). | 80 | 45 | đồng bào DTTS chiếm 80%
            Dự kiến 06 lớp cho 300 lượt người có uy tín, trong đó tối thiểu 50% học viên là người dân tộc thiểu số. | 50 | - | tối thiểu 50% học viên là người dân tộc thiểu số
            """)
    void aShareStatedWithItsLineGoesOnThatLine(String sentence, Integer ethnicMinority, Integer women, String quote) {
        ParsedPlan parsed = parser.parse(PLAN_2024 + sentence, ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.minEthnicMinorityPercent()).isEqualTo(ethnicMinority);
            assertThat(line.minWomenPercent()).isEqualTo(women);
            assertThat(line.coverage()).as("a share is not a coverage target").isNull();
        });
        String field = ethnicMinority != null ? "targetLines[0].minEthnicMinorityPercent" : "targetLines[0].minWomenPercent";
        assertThat(extraction(parsed, field).span().quote()).isEqualTo(quote);
        assertThat(extraction(parsed, field).confidence()).isEqualTo(Confidence.HIGH);
        assertThat(parsed.findings()).extracting(Finding::field).doesNotContainNull();
    }

    @Test
    void aShareAfterTrongDoIsAboutTheLineJustBeforeIt() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Tổ chức 15 lớp cho 900 lượt người dân và 05 lớp cho 200 lượt cán bộ "
                + "cấp xã, trong đó ít nhất 50% là người DTTS.", ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).extracting(TargetLine::targetGroup, TargetLine::minEthnicMinorityPercent)
                .containsExactly(tuple(TargetGroup.COMMUNITY, null), tuple(TargetGroup.CADRE, 50));
        assertThat(extraction(parsed, "targetLines[1].minEthnicMinorityPercent").confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void ethnicMinorityPeopleInAShareDoNotMakeACadreLineACommunityOne() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Tổ chức 05 lớp cho 200 lượt cán bộ cấp xã, trong đó ít nhất 50% là người "
                + "dân tộc thiểu số.", ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.targetGroup()).isEqualTo(TargetGroup.CADRE);
            assertThat(line.cadreLevel()).isEqualTo(CadreLevel.COMMUNE);
            assertThat(line.minEthnicMinorityPercent()).isEqualTo(50);
            assertThat(line.description()).isEqualTo("05 lớp cho 200 lượt cán bộ cấp xã");
        });
    }

    @Test
    void aShareStatedOnItsOwnGoesToTheGroupItNamesOrElseToEveryTrainingLineLessSurely() {
        ParsedPlan forCommunity = parser.parse(PLAN_2024 + "Tổ chức 15 lớp cho 900 lượt người dân và 05 lớp cho 200 lượt cán bộ "
                + "cấp xã. Đối với các lớp cộng đồng, ưu tiên người DTTS chiếm tối thiểu 60%.", ImportMother.bacGiang());
        ParsedPlan general = parser.parse(PLAN_2024 + "Tổ chức 15 lớp cho 900 lượt người dân và 04 hội thảo. "
                + "Bảo đảm tối thiểu 30% học viên là nữ.", ImportMother.bacGiang());

        assertThat(forCommunity.draft().targetLines()).extracting(TargetLine::minEthnicMinorityPercent).containsExactly(60, null);
        assertThat(extraction(forCommunity, "targetLines[0].minEthnicMinorityPercent").confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(general.draft().targetLines()).extracting(TargetLine::activityKind, TargetLine::minWomenPercent)
                .containsExactly(tuple(ActivityKind.TRAINING_CLASS, 30), tuple(ActivityKind.WORKSHOP, null));
        assertThat(extraction(general, "targetLines[0].minWomenPercent").confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void anApproximateShareIsDoubtfulAndAFractionalOneIsRoundedUpSoTheMinimumIsNotLowered() {
        ParsedPlan about = parser.parse(PLAN_2024 + "Mở 10 lớp cho 500 lượt người dân, khoảng 70% học viên là người DTTS.",
                ImportMother.bacGiang());
        ParsedPlan fraction = parser.parse(PLAN_2024 + "Mở 10 lớp cho 500 lượt người dân, trong đó người DTTS chiếm ít nhất 33,5%.",
                ImportMother.bacGiang());

        assertThat(about.draft().targetLines().get(0).minEthnicMinorityPercent()).isEqualTo(70);
        assertThat(extraction(about, "targetLines[0].minEthnicMinorityPercent").confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(fraction.draft().targetLines().get(0).minEthnicMinorityPercent()).isEqualTo(34);
        assertThat(extraction(fraction, "targetLines[0].minEthnicMinorityPercent").confidence()).isEqualTo(Confidence.LOW);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Người DTTS chiếm 65% dân số toàn tỉnh. Tổ chức 10 lớp cho 500 lượt người dân.",
            "Dân số của tỉnh có 65% là người dân tộc thiểu số. Tổ chức 10 lớp cho 500 lượt người dân.",
            "Mục tiêu giảm tỷ lệ hộ nghèo người DTTS 3%/năm. Tổ chức 10 lớp cho 500 lượt người dân.",
            "Phụ nữ chiếm 52% lực lượng lao động nông thôn. Tổ chức 10 lớp cho 500 lượt người dân.",
            "Tổ chức 10 lớp cho 500 lượt người dân, đạt 80,6% so với mục tiêu đề ra.",
            "Tổ chức 10 lớp cho 500 lượt người dân. Phấn đấu đến năm 2024, 100% người có uy tín được tập huấn."
    })
    void aShareOfAPopulationARateOrAResultIsNoMinimumShare(String text) {
        ParsedPlan parsed = parser.parse(PLAN_2024 + text, ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).allSatisfy(line -> {
            assertThat(line.minEthnicMinorityPercent()).isNull();
            assertThat(line.minWomenPercent()).isNull();
        });
        assertThat(parsed.extractions()).extracting(Extraction::field)
                .noneMatch(f -> f.endsWith("minEthnicMinorityPercent") || f.endsWith("minWomenPercent"));
    }

    @Test
    void aShareOfARosterTrainedIsACoverageTargetNotAShare() {
        for (String sentence : List.of("Phấn đấu đến năm 2024, 100% cán bộ nữ được tập huấn.",
                "Phấn đấu đến năm 2024 tỷ lệ cán bộ nữ được tập huấn đạt 100%.")) {
            ParsedPlan parsed = parser.parse(PLAN_2024 + sentence, ImportMother.bacGiang());

            assertThat(parsed.draft().targetLines()).as(sentence).singleElement().satisfies(line -> {
                assertThat(line.coverage().percent()).isEqualTo(100);
                assertThat(line.coverage().rosterDescription()).isEqualTo("cán bộ nữ");
                assertThat(line.minWomenPercent()).isNull();
            });
        }
    }

    @Test
    void aCoverageTargetBesideAShareStaysACoverageTarget() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Phấn đấu đến năm 2024, 100% người có uy tín được tập huấn, trong đó "
                + "phụ nữ chiếm ít nhất 30%.", ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.coverage().percent()).isEqualTo(100);
            assertThat(line.coverage().rosterDescription()).isEqualTo("người có uy tín");
            assertThat(line.minWomenPercent()).isEqualTo(30);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kết quả năm 2024: tỷ lệ học viên nữ đạt 41%. | A share reported as achieved
            Năm 2024 đã tập huấn cho nhiều người dân, trong đó người DTTS chiếm 72%. | A share reported as achieved
            Tỷ lệ học viên là người DTTS đạt 75% so với kế hoạch năm. | A share reported as achieved
            Giai đoạn 2021-2023, tỷ lệ người DTTS tham gia đạt 68%. | A share of 2021–2023, outside the plan period
            Tổ chức thêm các lớp, trong đó phụ nữ chiếm tối đa 50%. | The text gives a maximum share
            """)
    void aReportedAForeignOrAMaximumShareIsReportedNotImported(String sentence, String finding) {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Tổ chức 10 lớp cho 500 lượt người dân. " + sentence,
                ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.minEthnicMinorityPercent()).isNull();
            assertThat(line.minWomenPercent()).isNull();
        });
        assertThat(parsed.findings()).anySatisfy(f -> assertThat(en(f.reason())).startsWith(finding));
    }

    @Test
    void aResultWithItsSharesIsReportedOnceAndNoShareIsTakenFromIt() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Năm 2023 đã tổ chức 40 lớp cho 3.000 lượt người dân, trong đó người DTTS "
                + "chiếm 72%. Năm 2024 tổ chức 45 lớp cho 3.200 lượt người dân.", ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.plannedActivities()).isEqualTo(45);
            assertThat(line.minEthnicMinorityPercent()).isNull();
        });
        List<Finding> notImported = parsed.findings().stream().filter(f -> f.field() == null).toList();
        assertThat(notImported).singleElement().satisfies(f -> assertThat(f.span().quote()).contains("người DTTS chiếm 72%"));
    }

    @Test
    void aPriorityWithoutAShareIsReportedSoTheOfficerCanEnterOne() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Tổ chức 10 lớp cho 500 lượt người dân, ưu tiên người dân tộc thiểu số và "
                + "phụ nữ.", ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines().get(0).minEthnicMinorityPercent()).isNull();
        assertThat(parsed.findings()).anySatisfy(f -> assertThat(f.span().quote())
                .isEqualTo("ưu tiên người dân tộc thiểu số và phụ nữ"));
    }
}
