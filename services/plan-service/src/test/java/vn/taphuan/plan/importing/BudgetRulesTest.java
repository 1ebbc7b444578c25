package vn.taphuan.plan.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.taphuan.plan.plan.FundingAmount;
import vn.taphuan.plan.plan.FundingSource;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.plan.importing.PlanTextParserTest.extraction;
import static vn.taphuan.plan.importing.ImportMother.en;

/** The budget and its sources however a plan lists them, in whole VND; what the text does not give stays a finding. */
class BudgetRulesTest {

    private static final String PLAN_2024 = "Kế hoạch tập huấn năm 2024 vùng đồng bào dân tộc thiểu số và miền núi.\n"
            + "Tổ chức 10 lớp cho 500 lượt người dân.\n";

    private final PlanTextParser parser = new PlanTextParser();

    @Test
    void sourcesListedOnTheLinesBelowTrongDoAreEachRead() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + """
                Tổng kinh phí: 3,2 tỷ đồng. Trong đó:
                - Ngân sách trung ương: 2,5 tỷ đồng;
                - Ngân sách tỉnh: 500 triệu đồng;
                - Huy động xã hội hóa: 200 triệu đồng.
                Thời gian thực hiện: năm 2024, với kinh phí nêu trên 3,2 tỷ đồng.
                """, ImportMother.bacGiang());

        assertThat(parsed.draft().budgetTotalVnd()).isEqualTo(3_200_000_000L);
        assertThat(parsed.draft().budgetBySource()).containsExactly(
                new FundingAmount(FundingSource.CENTRAL, 2_500_000_000L),
                new FundingAmount(FundingSource.PROVINCE, 500_000_000L),
                new FundingAmount(FundingSource.SOCIAL, 200_000_000L));
        assertThat(extraction(parsed, "budgetBySource[2].source").span().quote()).isEqualTo("Huy động xã hội hóa");
        assertThat(parsed.findings()).extracting(Finding::field).doesNotContain("budgetBySource");
    }

    @Test
    void aSplitInBracketsIsReadAsTheSourcesNotAsOneSource() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Kinh phí thực hiện: 1.500 triệu đồng (ngân sách trung ương 1.200 triệu "
                + "đồng, ngân sách địa phương 300 triệu đồng).", ImportMother.bacGiang());

        assertThat(parsed.draft().budgetTotalVnd()).isEqualTo(1_500_000_000L);
        assertThat(parsed.draft().budgetBySource()).containsExactly(
                new FundingAmount(FundingSource.CENTRAL, 1_200_000_000L),
                new FundingAmount(FundingSource.PROVINCE, 300_000_000L));
        assertThat(extraction(parsed, "budgetBySource[1].source").confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void theAmountInWordsIsSetAsideAndAbbreviatedSourcesAreRead() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Tổng kinh phí thực hiện là 2.350.000.000 đồng (Bằng chữ: Hai tỷ, ba trăm "
                + "năm mươi triệu đồng chẵn), trong đó: NSTW 2.100.000.000 đồng, NSĐP 250.000.000 đồng.", ImportMother.bacGiang());

        assertThat(parsed.draft().budgetTotalVnd()).isEqualTo(2_350_000_000L);
        assertThat(parsed.draft().budgetBySource()).containsExactly(
                new FundingAmount(FundingSource.CENTRAL, 2_100_000_000L),
                new FundingAmount(FundingSource.PROVINCE, 250_000_000L));
    }

    @Test
    void aRateIsANormNotTheBudgetAndAnApproximateTotalIsDoubtful() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Kinh phí hỗ trợ tiền ăn cho học viên 150.000 đồng/người/ngày. Tổng kinh phí "
                + "dự kiến khoảng 1,2 tỷ đồng từ nguồn vốn sự nghiệp ngân sách Trung ương (NSTW) năm 2024.", ImportMother.bacGiang());

        assertThat(parsed.draft().budgetTotalVnd()).isEqualTo(1_200_000_000L);
        assertThat(parsed.draft().budgetBySource()).containsExactly(new FundingAmount(FundingSource.CENTRAL, 1_200_000_000L));
        Extraction total = extraction(parsed, "budgetTotalVnd");
        assertThat(total.span().quote()).isEqualTo("khoảng 1,2 tỷ đồng");
        assertThat(total.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Kinh phí hỗ trợ tiền ăn 150.000 đồng/người/ngày.",
            "Mức chi bồi dưỡng giảng viên theo quy định, kinh phí thuê hội trường 2.000.000 đồng một ngày.",
            "Kinh phí bố trí từ nguồn vốn sự nghiệp của Chương trình."})
    void aTextWithOnlyNormsOrNoAmountHasNoBudget(String sentence) {
        ParsedPlan parsed = parser.parse(PLAN_2024 + sentence, ImportMother.bacGiang());

        assertThat(parsed.draft().budgetTotalVnd()).isNull();
        assertThat(parsed.findings()).extracting(Finding::field).contains("budgetTotalVnd");
    }

    @Test
    void aSourceItCannotPlaceIsAFindingAndTheSumIsChecked() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Tổng kinh phí: 1.200.000.000đ, trong đó: vốn lồng ghép 200.000.000đ; "
                + "ngân sách Trung ương 1.000.000.000đ.", ImportMother.bacGiang());

        assertThat(parsed.draft().budgetTotalVnd()).isEqualTo(1_200_000_000L);
        assertThat(parsed.draft().budgetBySource()).containsExactly(new FundingAmount(FundingSource.CENTRAL, 1_000_000_000L));
        assertThat(parsed.findings()).filteredOn(f -> "budgetBySource".equals(f.field())).extracting(Finding::reason)
                .containsExactly(new ImportFinding.UnreadableFundingSource("vốn lồng ghép 200.000.000đ"),
                        new ImportFinding.SourcesDifferFromTotal("1000000000", "1200000000"));
        assertThat(parsed.findings()).filteredOn(f -> "budgetBySource".equals(f.field())).extracting(f -> en(f.reason()))
                .containsExactly("Could not read the funding source \"vốn lồng ghép 200.000.000đ\"",
                        "The sources add up to 1000000000 VND, not the total of 1200000000 VND");
    }

    @Test
    void aSourceOnALineOfItsOwnNearTheTotalIsTheSourceOfTheWholeBudget() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + """
                III. KINH PHÍ
                1. Tổng kinh phí: 4.125.000.000 đồng (Bốn tỷ, một trăm hai mươi lăm triệu đồng).
                2. Nguồn kinh phí: Ngân sách trung ương hỗ trợ thực hiện Chương trình năm 2024.
                """, ImportMother.bacGiang());

        assertThat(parsed.draft().budgetBySource()).containsExactly(new FundingAmount(FundingSource.CENTRAL, 4_125_000_000L));
        assertThat(extraction(parsed, "budgetBySource[0].source").span().quote())
                .isEqualTo("Ngân sách trung ương hỗ trợ thực hiện Chương trình năm 2024");
    }

    @Test
    void aBudgetWithoutASourceIsAFindingNotAGuess() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Tổng kinh phí: 800 triệu đồng.", ImportMother.bacGiang());

        assertThat(parsed.draft().budgetTotalVnd()).isEqualTo(800_000_000L);
        assertThat(parsed.draft().budgetBySource()).isEmpty();
        assertThat(parsed.findings()).extracting(Finding::field).contains("budgetBySource");
    }
}
