package vn.taphuan.plan.importing;

import org.junit.jupiter.api.Test;
import vn.taphuan.plan.legal.DocumentKind;
import vn.taphuan.plan.legal.LegalBasis;
import vn.taphuan.plan.plan.BodyRole;
import vn.taphuan.plan.plan.FundingAmount;
import vn.taphuan.plan.plan.FundingSource;
import vn.taphuan.plan.plan.PlanContent;
import vn.taphuan.plan.plan.ResponsibleBody;
import vn.taphuan.plan.plan.ScopeUnit;
import vn.taphuan.plan.plan.TargetLine;
import vn.taphuan.plan.programme.ActivityKind;
import vn.taphuan.plan.programme.ActivityRules;
import vn.taphuan.plan.programme.CadreLevel;
import vn.taphuan.plan.programme.Programme;
import vn.taphuan.plan.programme.ProgrammeDefinition;
import vn.taphuan.plan.programme.ProgrammeMother;
import vn.taphuan.plan.programme.TargetGroup;
import vn.taphuan.plan.unit.UnitMother;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.taphuan.plan.importing.PlanTextParserTest.extraction;
import static vn.taphuan.plan.importing.ImportMother.en;
import static vn.taphuan.plan.importing.ImportMother.vi;

/** Plans the parser has never seen, written the way official plans are: the rules are general, not per document. */
class PlanTextGeneralRulesTest {

    private static final Programme CT135 = Programme.define("CT135_2016_2020", new ProgrammeDefinition("Chương trình 135",
            null, null, LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31), LocalDate.of(2020, 12, 31), null, null,
            new ActivityRules(null, null, 80), List.of("Chương trình 135", "1722/QĐ-TTg")));

    private final PlanTextParser parser = new PlanTextParser();

    static final String OFFICIAL_135 = """
            ỦY BAN NHÂN DÂN
            TỈNH THANH HÓA
            Số: 120/KH-UBND
            Thanh Hóa, ngày 05 tháng 3 năm 2018

            KẾ HOẠCH
            Đào tạo, bồi dưỡng cán bộ cơ sở và cộng đồng các xã, thôn, bản đặc biệt khó khăn thuộc Chương trình 135 năm 2018

            Căn cứ Quyết định số 1722/QĐ-TTg ngày 02/9/2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016-2020;
            Căn cứ Thông tư số 01/2017/TT-UBDT ngày 10/5/2017 của Ủy ban Dân tộc;

            I. MỤC TIÊU
            Bồi dưỡng cho 4 cán bộ mỗi xã tại 124 xã, 800 thôn, bản đặc biệt khó khăn.
            Tổ chức 31 lớp tập huấn cho 496 cán bộ xã; 20 lớp cho 1.600 lượt người dân, trong đó ít nhất 60% là người dân tộc thiểu số và 40% là phụ nữ.
            Tổ chức 02 đoàn tham quan học tập kinh nghiệm cho cán bộ cấp huyện.

            II. KINH PHÍ
            Tổng kinh phí: 2,45 tỷ đồng, trong đó: ngân sách trung ương 2.000.000.000 đồng; ngân sách tỉnh 450 triệu đồng.

            III. TỔ CHỨC THỰC HIỆN
            Ban Dân tộc tỉnh: chủ trì, phối hợp với các sở, ngành tổ chức thực hiện kế hoạch.
            Sở Tài chính: tham mưu bố trí kinh phí.
            UBND các huyện Mường Lát, Quan Sơn: phối hợp tổ chức các lớp tại địa phương.
            """;

    @Test
    void anOfficialPlanWithItsHeaderIsReadWholly() {
        ParsedPlan parsed = parser.parse(OFFICIAL_135, context("thanh-hoa", null, CT135));
        PlanContent draft = parsed.draft();

        assertThat(draft.programmeCode()).isEqualTo("CT135_2016_2020");
        assertThat(draft.issuingBody()).isEqualTo("Ủy ban nhân dân tỉnh Thanh Hóa");
        assertThat(draft.documentNumber()).isEqualTo("120/KH-UBND");
        assertThat(draft.documentDate()).isEqualTo(LocalDate.of(2018, 3, 5));
        assertThat(draft.title()).isEqualTo("Đào tạo, bồi dưỡng cán bộ cơ sở và cộng đồng các xã, thôn, bản đặc biệt khó "
                + "khăn thuộc Chương trình 135 năm 2018");
        assertThat(draft.periodStart()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(draft.legalBases()).containsExactly(
                new LegalBasis(DocumentKind.DECISION, "1722/QĐ-TTg", LocalDate.of(2016, 9, 2), "Thủ tướng Chính phủ", null),
                new LegalBasis(DocumentKind.CIRCULAR, "01/2017/TT-UBDT", LocalDate.of(2017, 5, 10), "Ủy ban Dân tộc", null));
        assertThat(draft.scope()).containsExactly(new ScopeUnit("P-38", 124, 800));
        assertThat(draft.targetLines()).extracting(TargetLine::activityKind, TargetLine::targetGroup, TargetLine::cadreLevel,
                TargetLine::plannedActivities, TargetLine::plannedPersonTurns, TargetLine::minEthnicMinorityPercent,
                TargetLine::minWomenPercent).containsExactly(
                tuple(ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, CadreLevel.COMMUNE, 31, 496, null, null),
                tuple(ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY, null, 20, 1_600, 60, 40),
                tuple(ActivityKind.STUDY_TOUR, TargetGroup.CADRE, CadreLevel.DISTRICT, 2, 0, null, null));
        assertThat(extraction(parsed, "targetLines[0].plannedPersonTurns").confidence())
                .as("496 cán bộ are people, not person-turns").isEqualTo(Confidence.MEDIUM);
        assertThat(draft.budgetTotalVnd()).isEqualTo(2_450_000_000L);
        assertThat(draft.budgetBySource()).containsExactly(new FundingAmount(FundingSource.CENTRAL, 2_000_000_000L),
                new FundingAmount(FundingSource.PROVINCE, 450_000_000L));
        assertThat(draft.responsibleBodies()).extracting(ResponsibleBody::name, ResponsibleBody::role).containsExactly(
                tuple("Ban Dân tộc tỉnh", BodyRole.LEAD), tuple("Sở Tài chính", BodyRole.FINANCE),
                tuple("UBND các huyện Mường Lát, Quan Sơn", BodyRole.COORDINATING));
        assertThat(parsed.findings()).extracting(Finding::field).containsExactly(null, "scope", "scope");
        assertThat(parsed.findings().get(0).span().quote()).startsWith("4 cán bộ mỗi xã");
        assertThat(parsed.findings().get(1).reason()).isEqualTo(new ImportFinding.UnitNotInRegistry("huyện", "Mường Lát"));
        assertThat(vi(parsed.findings().get(1).reason())).contains("huyện Mường Lát");
    }

    @Test
    void thePlansOwnNumberAndDateComeFromTheSentenceThatIssuesIt() {
        String text = "UBND tỉnh Bắc Giang đã ban hành Kế hoạch số 45/KH-UBND ngày 15/3/2023 về đào tạo, bồi dưỡng cán bộ "
                + "làm công tác dân tộc năm 2023. Căn cứ Kế hoạch số 12/KH-BDT ngày 02/02/2023 của Ban Dân tộc, tổ chức "
                + "05 lớp tập huấn cho 250 lượt cán bộ cấp xã.";

        ParsedPlan parsed = parser.parse(text, ImportMother.bacGiang());

        assertThat(parsed.draft().documentNumber()).isEqualTo("45/KH-UBND");
        assertThat(parsed.draft().documentDate()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(parsed.draft().issuingBody()).isEqualTo("UBND tỉnh Bắc Giang");
        assertThat(parsed.draft().title()).isEqualTo("đào tạo, bồi dưỡng cán bộ làm công tác dân tộc năm 2023");
        assertThat(parsed.draft().legalBases()).containsExactly(new LegalBasis(DocumentKind.PLAN, "12/KH-BDT",
                LocalDate.of(2023, 2, 2), "Ban Dân tộc", null));
        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.plannedActivities()).isEqualTo(5);
            assertThat(line.plannedPersonTurns()).isEqualTo(250);
            assertThat(line.cadreLevel()).isEqualTo(CadreLevel.COMMUNE);
        });
        assertThat(parsed.findings()).extracting(Finding::field).doesNotContain("documentNumber", "documentDate");
    }

    @Test
    void amountsInMillionsAndBillionsAreExactWholeDongAndALocalBudgetIsFlagged() {
        String text = "Kế hoạch tập huấn cộng đồng năm 2024 thuộc vùng đồng bào dân tộc thiểu số và miền núi. Mở 12 lớp "
                + "cho 600 lượt người dân. Kinh phí thực hiện: 1.250,5 triệu đồng từ ngân sách địa phương.";

        ParsedPlan parsed = parser.parse(text, ImportMother.bacGiang());

        assertThat(parsed.draft().budgetTotalVnd()).isEqualTo(1_250_500_000L);
        assertThat(parsed.draft().budgetBySource()).containsExactly(new FundingAmount(FundingSource.PROVINCE, 1_250_500_000L));
        assertThat(extraction(parsed, "budgetBySource[0].source").confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(parsed.draft().targetLines()).singleElement()
                .satisfies(line -> assertThat(line.targetGroup()).isEqualTo(TargetGroup.COMMUNITY));
    }

    @Test
    void aUnitIsResolvedToTheRegistryUnitThatExistedDuringThePlansPeriod() {
        String before = "Kế hoạch tập huấn năm 2024 vùng đồng bào dân tộc thiểu số và miền núi: 03 lớp cho 150 lượt người dân xã Tuấn Đạo.";
        String after = "Kế hoạch tập huấn năm 2026 vùng đồng bào dân tộc thiểu số và miền núi: 03 lớp cho 150 lượt người dân xã Tuấn Đạo.";
        ParsingContext bacNinh = new ParsingContext(List.of(ProgrammeMother.dttsMn()), null,
                UnitMother.seeds().entrySet().stream()
                        .filter(e -> List.of("bac-ninh", "bac-giang").contains(e.getValue().provinceTenantId()))
                        .map(e -> new KnownUnit(e.getKey(), e.getValue())).toList());

        assertThat(parser.parse(before, bacNinh).draft().scope()).extracting(ScopeUnit::unitCode)
                .containsExactly("X-SON-DONG-TUAN-DAO");
        assertThat(parser.parse(after, bacNinh).draft().scope()).extracting(ScopeUnit::unitCode)
                .containsExactly("X-BAC-NINH-TUAN-DAO");
    }

    @Test
    void aCoverageTargetTakesItsDateAndAFractionalShareIsFlagged() {
        String text = "Kế hoạch bồi dưỡng cán bộ xây dựng nông thôn mới giai đoạn 2021-2025. Phấn đấu đến ngày 30/6/2025 "
                + "có 95,5% cán bộ, công chức xã được tập huấn.";

        ParsedPlan parsed = parser.parse(text, ImportMother.bacGiang());

        assertThat(parsed.draft().targetLines()).singleElement().satisfies(line -> {
            assertThat(line.coverage().percent()).isEqualTo(95);
            assertThat(line.coverage().byDate()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(line.coverage().rosterDescription()).isEqualTo("cán bộ, công chức xã");
            assertThat(line.cadreLevel()).isEqualTo(CadreLevel.COMMUNE);
        });
        assertThat(extraction(parsed, "targetLines[0].coverage.percent").confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void courseRulesLooserThanTheProgrammesAreReportedAndTheProgrammesApply() {
        String text = "Kế hoạch tập huấn cán bộ xây dựng nông thôn mới năm 2023. Mỗi khóa tập huấn không dưới 1 ngày. "
                + "Tổ chức 04 lớp cho 200 lượt cán bộ cấp huyện.";

        ParsedPlan parsed = parser.parse(text, ImportMother.bacGiang());

        assertThat(parsed.draft().rules()).isEqualTo(new ActivityRules(2, 1, 100));
        assertThat(parsed.findings()).extracting(Finding::field).contains("rules");
    }

    @Test
    void theOfficersChoiceOfProgrammeWinsAndADisagreementIsReported() {
        String text = ImportMother.text(ImportMother.NTM);

        ParsedPlan chosen = parser.parse(text, ImportMother.context("bac-giang", "MTQG_DTTS_MN_2021_2025"));

        assertThat(chosen.draft().programmeCode()).isEqualTo("MTQG_DTTS_MN_2021_2025");
        assertThat(chosen.findings()).filteredOn(f -> "programmeCode".equals(f.field())).singleElement()
                .satisfies(f -> assertThat(en(f.reason())).contains("MTQG_NTM_2021_2025"));
        assertThat(chosen.draft().targetLines()).allSatisfy(line -> assertThat(line.topics())
                .as("the NTM framework does not apply to the chosen programme").isEmpty());
    }

    @Test
    void aTextWithNothingToReadIsReportedNotGuessed() {
        ParsedPlan parsed = parser.parse("Hôm nay trời đẹp. Cán bộ đi họp.", ImportMother.bacGiang());

        assertThat(parsed.draft().programmeCode()).isNull();
        assertThat(parsed.draft().targetLines()).isEmpty();
        assertThat(parsed.extractions()).isEmpty();
        assertThat(parsed.findings()).extracting(Finding::field).containsExactlyInAnyOrder("programmeCode", "title",
                "issuingBody", "documentNumber", "documentDate", "periodStart", "legalBases", "targetLines", "budgetTotalVnd");
    }

    private static ParsingContext context(String province, String hint, Programme... extra) {
        List<Programme> programmes = new java.util.ArrayList<>(List.of(ProgrammeMother.dttsMn(), ProgrammeMother.ntm(),
                ProgrammeMother.commune1956()));
        programmes.addAll(List.of(extra));
        return new ParsingContext(programmes, hint, UnitMother.seeds().entrySet().stream()
                .filter(e -> e.getValue().provinceTenantId().equals(province))
                .map(e -> new KnownUnit(e.getKey(), e.getValue())).toList());
    }
}
