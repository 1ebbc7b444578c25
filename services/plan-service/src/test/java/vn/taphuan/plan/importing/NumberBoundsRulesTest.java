package vn.taphuan.plan.importing;

import org.junit.jupiter.api.Test;
import vn.taphuan.plan.plan.FundingAmount;
import vn.taphuan.plan.plan.FundingSource;
import vn.taphuan.plan.plan.TargetLine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.plan.importing.ImportMother.en;
import static vn.taphuan.plan.importing.ImportMother.vi;

/**
 * A number a plan could not hold (an amount beyond 10^14 VND, a count beyond a line's bounds, a share beyond 100 %)
 * never reaches the draft: it is left for the officer, with a finding that quotes it.
 */
class NumberBoundsRulesTest {

    private static final String TITLE = "Kế hoạch tập huấn năm 2024 vùng đồng bào dân tộc thiểu số và miền núi.\n";

    private final PlanTextParser parser = new PlanTextParser();

    @Test
    void countsBeyondWhatALineHoldsAreFindingsNotDraftValues() {
        ParsedPlan parsed = parser.parse(TITLE + "Tổ chức 2.147.483.647 lớp cho 500 lượt người dân; "
                + "tổ chức 10 lớp cho 99.999.999.999.999.999.999 lượt cán bộ xã.\nTổng kinh phí: 3,2 tỷ đồng từ ngân sách trung ương.",
                ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).extracting(TargetLine::plannedActivities).containsExactly(0, 10);
        assertThat(parsed.draft().targetLines()).extracting(TargetLine::plannedPersonTurns).containsExactly(500, 0);
        assertThat(parsed.findings()).filteredOn(f -> f.field().equals("targetLines[0].plannedActivities")).singleElement()
                .satisfies(f -> {
                    assertThat(f.reason()).isEqualTo(new ImportFinding.ActivitiesBeyondLimit("2.147.483.647", 100_000));
                    assertThat(vi(f.reason())).contains("2.147.483.647", "100.000");
                    assertThat(en(f.reason())).contains("exceeds the limit of 100,000 activities per line");
                    assertThat(f.span().quote()).startsWith("2.147.483.647");
                });
        assertThat(parsed.findings()).extracting(Finding::field).contains("targetLines[1].plannedPersonTurns");
        assertThat(parsed.extractions()).extracting(Extraction::field)
                .doesNotContain("targetLines[0].plannedActivities", "targetLines[1].plannedPersonTurns");
    }

    @Test
    void anAmountBeyondTheBoundIsAFindingAndTheSourcesWithinItAreStillRead() {
        ParsedPlan total = parser.parse(TITLE + "Tổ chức 10 lớp cho 500 lượt người dân.\n"
                + "Tổng kinh phí: 9.223.372.036.854.775.807 đồng từ ngân sách trung ương.", ImportMother.bacGiang());

        assertThat(total.draft().budgetTotalVnd()).isNull();
        assertThat(total.findings()).filteredOn(f -> "budgetTotalVnd".equals(f.field())).singleElement()
                .satisfies(f -> assertThat(en(f.reason())).contains("exceeds the limit of 100,000,000,000,000 VND"));

        ParsedPlan parts = parser.parse(TITLE + "Tổ chức 10 lớp cho 500 lượt người dân.\n"
                + "Tổng kinh phí: 3,2 tỷ đồng. Trong đó:\n- Ngân sách trung ương: 900.000 tỷ đồng;\n"
                + "- Ngân sách tỉnh: 500 triệu đồng.", ImportMother.bacGiang());

        assertThat(parts.draft().budgetTotalVnd()).isEqualTo(3_200_000_000L);
        assertThat(parts.draft().budgetBySource()).containsExactly(new FundingAmount(FundingSource.PROVINCE, 500_000_000L));
        assertThat(parts.findings()).filteredOn(f -> "budgetBySource".equals(f.field()))
                .anySatisfy(f -> assertThat(vi(f.reason())).contains("900.000 tỷ đồng", "vượt quá giới hạn"));
    }

    @Test
    void aShareAbove100PercentIsAFinding() {
        ParsedPlan parsed = parser.parse(TITLE + "Tổ chức 10 lớp cho 500 lượt người dân, trong đó ít nhất 150% là phụ nữ.",
                ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement()
                .satisfies(line -> assertThat(line.minWomenPercent()).isNull());
        assertThat(parsed.findings()).anySatisfy(f -> assertThat(en(f.reason())).contains("above 100%"));
    }
}
