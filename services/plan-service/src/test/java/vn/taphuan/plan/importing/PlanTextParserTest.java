package vn.taphuan.plan.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.taphuan.plan.legal.DocumentKind;
import vn.taphuan.plan.legal.LegalBasis;
import vn.taphuan.plan.plan.BodyRole;
import vn.taphuan.plan.plan.CoverageTarget;
import vn.taphuan.plan.plan.PopulationUnit;
import vn.taphuan.plan.plan.FundingAmount;
import vn.taphuan.plan.plan.FundingSource;
import vn.taphuan.plan.plan.PlanContent;
import vn.taphuan.plan.plan.ResponsibleBody;
import vn.taphuan.plan.plan.ScopeUnit;
import vn.taphuan.plan.plan.TargetLine;
import vn.taphuan.plan.programme.ActivityKind;
import vn.taphuan.plan.programme.ActivityRules;
import vn.taphuan.plan.programme.CadreLevel;
import vn.taphuan.plan.programme.ProgrammeMother;
import vn.taphuan.plan.programme.TargetGroup;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The three real plans of the domain sources, and an official plan the rules were not written from (Lào Cai 2024),
 * read with their exact values, spans and findings.
 */
class PlanTextParserTest {

    private final PlanTextParser parser = new PlanTextParser();

    @Test
    void theBacGiang2023PlanIsReadWithEveryValueItGives() {
        String text = ImportMother.text(ImportMother.BAC_GIANG);
        ParsedPlan parsed = parser.parse(text, ImportMother.bacGiang());
        PlanContent draft = parsed.draft();

        assertThat(draft.programmeCode()).isEqualTo("MTQG_DTTS_MN_2021_2025");
        assertThat(draft.title()).isEqualTo("Đào tạo nâng cao năng lực cho cộng đồng và cán bộ triển khai Chương trình ở "
                + "các cấp thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào DTTS&MN tỉnh "
                + "Bắc Giang năm 2023");
        assertThat(draft.issuingBody()).isEqualTo("Chủ tịch UBND tỉnh Bắc Giang");
        assertThat(draft.documentNumber()).isNull();
        assertThat(draft.documentDate()).isNull();
        assertThat(draft.legalBases()).containsExactly(new LegalBasis(DocumentKind.DECISION, "752/QĐ-UBDT",
                LocalDate.of(2022, 10, 11), "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", null));
        assertThat(draft.periodStart()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(draft.periodEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(draft.scope()).extracting(ScopeUnit::unitCode)
                .containsExactly("H-SON-DONG", "H-LUC-NGAN", "H-LUC-NAM", "H-YEN-THE", "H-LANG-GIANG");
        assertThat(draft.targetLines()).extracting(TargetLine::activityKind, TargetLine::targetGroup,
                TargetLine::cadreLevel, TargetLine::plannedActivities, TargetLine::plannedPersonTurns).containsExactly(
                tuple(ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY, null, 102, 7_500),
                tuple(ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, null, 10, 1_000),
                tuple(ActivityKind.WORKSHOP, null, null, 8, 0),
                tuple(ActivityKind.STUDY_TOUR, TargetGroup.CADRE, null, 4, 0));
        assertThat(draft.targetLines()).extracting(TargetLine::description).containsExactly(
                "Nhóm cộng đồng: 102 lớp đào tạo, tập huấn cho hơn 7.500 lượt người",
                "Nhóm cán bộ triển khai Chương trình ở các cấp: 10 lớp đào tạo, tập huấn cho hơn 1.000 lượt người",
                "08 hội thảo chia sẻ kinh nghiệm tổ chức thực hiện các dự án",
                "04 Đoàn cán bộ đi học tập kinh nghiệm tại tỉnh bạn");
        assertThat(draft.budgetTotalVnd()).isEqualTo(6_889_000_000L);
        assertThat(draft.budgetBySource()).containsExactly(new FundingAmount(FundingSource.CENTRAL, 6_889_000_000L));
        assertThat(draft.responsibleBodies()).extracting(ResponsibleBody::name, ResponsibleBody::role).containsExactly(
                tuple("Ban Dân tộc", BodyRole.LEAD), tuple("Sở Tài chính", BodyRole.FINANCE),
                tuple("Các sở, ban ngành liên quan", BodyRole.COORDINATING),
                tuple("UBND các huyện Sơn Động, Lục Ngạn, Lục Nam, Yên Thế và Lạng Giang", BodyRole.COORDINATING));
        assertThat(draft.responsibleBodies().get(1).duties())
                .isEqualTo("thẩm định và giao dự toán kinh phí đảm bảo thực hiện kế hoạch đào tạo, bồi dưỡng theo quy định hiện hành");
        assertThat(draft.rules()).isNull();

        assertThat(spanOf(parsed, "targetLines[0].plannedPersonTurns", text)).isEqualTo("hơn 7.500 lượt người");
        assertThat(extraction(parsed, "targetLines[0].plannedPersonTurns").confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(spanOf(parsed, "targetLines[2].plannedActivities", text)).isEqualTo("08");
        assertThat(spanOf(parsed, "targetLines[3].activityKind", text)).isEqualTo("Đoàn");
        assertThat(spanOf(parsed, "legalBases[0]", text)).isEqualTo(
                "Quyết định số 752/QĐ-UBDT ngày 11/10/2022 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc");
        assertThat(spanOf(parsed, "budgetTotalVnd", text)).isEqualTo("6.889.000.000 đồng");
        assertThat(spanOf(parsed, "budgetBySource[0].source", text)).isEqualTo("nguồn sự nghiệp giáo dục ngân sách trung ương");
        assertThat(spanOf(parsed, "periodStart", text)).isEqualTo("năm 2023");
        assertThat(spanOf(parsed, "scope[0].unitCode", text)).isEqualTo("Sơn Động");
        assertThat(extraction(parsed, "programmeCode").confidence()).isEqualTo(Confidence.HIGH);

        assertThat(parsed.findings()).extracting(Finding::field).containsExactly(
                null, "targetLines[2].targetGroup", "documentNumber", "documentDate");
        assertThat(parsed.findings().get(0).span().quote()).isEqualTo("ưu tiên người DTTS và phụ nữ");
        assertThat(parsed.decomposedInput()).isFalse();
    }

    @Test
    void theNtmCadrePlanIsReadWithItsCoverageTargetsTopicGroupsAndCourseRules() {
        String text = ImportMother.text(ImportMother.NTM);
        ParsedPlan parsed = parser.parse(text, ImportMother.bacGiang());
        PlanContent draft = parsed.draft();

        assertThat(draft.programmeCode()).isEqualTo("MTQG_NTM_2021_2025");
        assertThat(draft.title()).isEqualTo("Kế hoạch tập huấn, bồi dưỡng cán bộ xây dựng nông thôn mới (NTM) các cấp "
                + "thuộc Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021-2025 trên địa bàn tỉnh");
        assertThat(draft.issuingBody()).isEqualTo("Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh");
        assertThat(draft.legalBases()).isEmpty();
        assertThat(draft.periodStart()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(draft.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        List<String> ntmTopics = List.of("Nhóm các nội dung cơ bản về xây dựng NTM",
                "Nhóm các nội dung trọng tâm trong xây dựng NTM", "Nhóm nghiệp vụ, kỹ năng xây dựng NTM");
        // each line also keeps the passage it was read from (checked in everySpanQuotesTheText…)
        assertThat(draft.targetLines()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("source").containsExactly(
                new TargetLine(null, ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, null, null,
                        "100% cán bộ chuyên trách xây dựng nông thôn mới các cấp", 0, 0,
                        new CoverageTarget(null, 100, LocalDate.of(2025, 12, 31),
                                "cán bộ chuyên trách xây dựng nông thôn mới các cấp", PopulationUnit.PERSON), null, null,
                        ntmTopics, null),
                new TargetLine(null, ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, CadreLevel.COMMUNE, null,
                        "ít nhất 80% cán bộ trong hệ thống chính trị ở cơ sở tham gia chỉ đạo, hướng dẫn xây dựng nông thôn mới",
                        0, 0, new CoverageTarget(null, 80, LocalDate.of(2025, 12, 31),
                        "cán bộ trong hệ thống chính trị ở cơ sở tham gia chỉ đạo, hướng dẫn xây dựng nông thôn mới",
                        PopulationUnit.PERSON),
                        null, null, ntmTopics, null));
        assertThat(draft.rules()).isEqualTo(new ActivityRules(2, 1, 100));
        assertThat(draft.budgetTotalVnd()).isNull();
        assertThat(draft.budgetBySource()).isEmpty();
        assertThat(draft.responsibleBodies()).containsExactly(new ResponsibleBody(
                "Văn phòng Điều phối Chương trình MTQG xây dựng NTM tỉnh", BodyRole.LEAD, null));

        assertThat(spanOf(parsed, "targetLines[1].coverage.percent", text)).isEqualTo("ít nhất 80%");
        assertThat(spanOf(parsed, "targetLines[0].coverage.byDate", text)).isEqualTo("đến năm 2025");
        assertThat(spanOf(parsed, "targetLines[0].topics[1]", text))
                .isEqualTo("nhóm các nội dung trọng tâm trong xây dựng NTM với 9 chuyên đề");
        assertThat(spanOf(parsed, "rules.minDurationDays", text)).isEqualTo("không dưới 2 ngày");
        assertThat(spanOf(parsed, "rules.minFieldSessions", text)).isEqualTo("ít nhất 1 buổi khảo sát");

        assertThat(parsed.findings()).extracting(Finding::field).containsExactly("targetLines[0].coverage.rosterSize",
                "targetLines[1].coverage.rosterSize", "documentNumber", "documentDate", "legalBases", "budgetTotalVnd");
    }

    @Test
    void theNationalReviewOf1956ImportsOnlyThe2021To2025TargetsAndReportsTheResultsAndOtherPeriods() {
        String text = ImportMother.text(ImportMother.REVIEW_1956);
        ParsedPlan parsed = parser.parse(text, ImportMother.bacGiang());
        PlanContent draft = parsed.draft();

        assertThat(draft.programmeCode()).isEqualTo("QD1956_1600_CBCC_XA");
        assertThat(spanOf(parsed, "programmeCode", text)).isEqualTo("1956/QĐ-TTg");
        assertThat(draft.title()).isEqualTo("kế hoạch về đào tạo, bồi dưỡng cán bộ, công chức xã thực hiện Quyết định số 1956/QĐ-TTg");
        assertThat(extraction(parsed, "title").confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(draft.issuingBody()).isEqualTo("Bộ Nội vụ");
        assertThat(draft.legalBases()).containsExactly(
                new LegalBasis(DocumentKind.DECISION, "1956/QĐ-TTg", null, "Thủ tướng Chính phủ", null),
                new LegalBasis(DocumentKind.DECISION, "1600/QĐ-TTg", null, "Thủ tướng Chính phủ", null));
        assertThat(draft.periodStart()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(draft.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(extraction(parsed, "periodStart").confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(draft.targetLines()).extracting(TargetLine::activityKind, TargetLine::targetGroup,
                TargetLine::cadreLevel, TargetLine::plannedActivities, TargetLine::plannedPersonTurns).containsExactly(
                tuple(ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, CadreLevel.COMMUNE, 2_000, 100_000),
                tuple(ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, CadreLevel.COMMUNE, 0, 400_000),
                tuple(ActivityKind.E_LEARNING_COHORT, TargetGroup.CADRE, CadreLevel.COMMUNE, 63, 0));
        assertThat(draft.budgetTotalVnd()).isNull();
        assertThat(draft.responsibleBodies()).isEmpty();

        List<String> notImported = parsed.findings().stream().filter(f -> f.field() == null)
                .map(f -> f.span().quote()).toList();
        assertThat(notImported).hasSize(8);
        assertThat(notImported).anySatisfy(q -> assertThat(q).contains("49 lớp bồi dưỡng thí điểm"))
                .anySatisfy(q -> assertThat(q).contains("403.183 lượt người, đạt 80,6%"))
                .anySatisfy(q -> assertThat(q).contains("khoảng 500.000 lượt"))
                .anySatisfy(q -> assertThat(q).contains("khoảng 1.200 lượt giảng viên"))
                .anySatisfy(q -> assertThat(q).contains("10.300 lượt"))
                .anySatisfy(q -> assertThat(q).isEqualTo("tổ chức 06 hội thảo, hội nghị về nâng cao chất lượng bồi dưỡng cán bộ, công chức xã"))
                .anySatisfy(q -> assertThat(q).contains("146.691 lượt người, đạt 30%"))
                .anySatisfy(q -> assertThat(q).startsWith("Tổng số lượt cán bộ, công chức xã dự kiến"));
        assertThat(parsed.findings()).extracting(Finding::field).contains("legalBases[0].date", "legalBases[1].date",
                "targetLines[1].plannedActivities", "targetLines[2].plannedPersonTurns", "documentNumber",
                "documentDate", "budgetTotalVnd");
        assertThat(parsed.findings()).filteredOn(f -> "targetLines[2].plannedPersonTurns".equals(f.field()))
                .anySatisfy(f -> assertThat(f.span().quote()).isEqualTo("mỗi lớp 100 học viên"));
    }

    @Test
    void aPlanOf2026To2030IsReadAsMadeUnderTheMergedProgrammeThoughItNamesTheProgrammesOf2021To2025Too() {
        ParsedPlan parsed = parser.parse(ImportMother.text(ImportMother.BAC_NINH_2026), ImportMother.context("bac-ninh", null));
        PlanContent draft = parsed.draft();

        assertThat(draft.programmeCode()).as("the 2021–2025 programmes do not cover 2026").isEqualTo(ProgrammeMother.MERGED);
        assertThat(draft.issuingBody()).isEqualTo("UBND tỉnh Bắc Ninh");
        assertThat(draft.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(draft.periodEnd()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(draft.legalBases()).extracting(LegalBasis::number)
                .containsExactly("257/2025/QH15", "424/NQ-CP", "417/QĐ-BNNMT");
        assertThat(draft.targetLines()).extracting(TargetLine::plannedActivities, TargetLine::plannedPersonTurns)
                .containsExactly(tuple(50, 2_000), tuple(10, 500), tuple(5, 0));
        assertThat(draft.scope()).extracting(ScopeUnit::unitCode).contains("X-BAC-NINH-SON-DONG", "X-BAC-NINH-BIEN-DONG");
        assertThat(draft.budgetTotalVnd()).isEqualTo(3_000_000_000L);
    }

    @Test
    void theUnseenOfficialLaoCai2024PlanIsReadWithEveryValueItGives() {
        String text = ImportMother.text(ImportMother.LAO_CAI);
        ParsedPlan parsed = parser.parse(text, ImportMother.laoCai());
        PlanContent draft = parsed.draft();

        assertThat(draft.programmeCode()).isEqualTo("MTQG_DTTS_MN_2021_2025");
        assertThat(draft.title()).isEqualTo("Đào tạo, tập huấn nâng cao năng lực cho cộng đồng và cán bộ triển khai Tiểu dự án 4, "
                + "Dự án 5 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và "
                + "miền núi năm 2024");
        assertThat(draft.issuingBody()).isEqualTo("UBND tỉnh Lào Cai");
        assertThat(draft.documentNumber()).isEqualTo("215/KH-UBND");
        assertThat(draft.documentDate()).isEqualTo(LocalDate.of(2024, 4, 12));
        assertThat(draft.legalBases()).containsExactly(
                new LegalBasis(DocumentKind.DECISION, "1719/QĐ-TTg", LocalDate.of(2021, 10, 14), "Thủ tướng Chính phủ", null),
                new LegalBasis(DocumentKind.DECISION, "752/QĐ-UBDT", LocalDate.of(2022, 10, 11),
                        "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", null));
        assertThat(draft.periodStart()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(draft.periodEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(draft.scope()).as("Lào Cai's districts are not in the registry").isEmpty();
        assertThat(draft.targetLines()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("source").containsExactly(
                new TargetLine(null, ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY, null, null,
                        "45 lớp tập huấn cho khoảng 3.200 lượt người thuộc nhóm cộng đồng", 45, 3_200, null, 70, 40, List.of(), null),
                new TargetLine(null, ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, null, null,
                        "06 lớp bồi dưỡng cho 420 lượt cán bộ cấp xã, cấp huyện", 6, 420, null, null, null, List.of(), null),
                new TargetLine(null, ActivityKind.WORKSHOP, null, null, null, "03 hội thảo", 3, 0, null, null, null, List.of(), null),
                new TargetLine(null, ActivityKind.STUDY_TOUR, null, null, null, "02 đoàn học tập kinh nghiệm", 2, 0, null, null,
                        null, List.of(), null));
        assertThat(draft.budgetTotalVnd()).isEqualTo(2_350_000_000L);
        assertThat(draft.budgetBySource()).containsExactly(new FundingAmount(FundingSource.CENTRAL, 2_100_000_000L),
                new FundingAmount(FundingSource.PROVINCE, 250_000_000L));
        assertThat(draft.responsibleBodies()).containsExactly(
                new ResponsibleBody("Ban Dân tộc tỉnh", BodyRole.LEAD, "chủ trì"),
                new ResponsibleBody("UBND các huyện Bát Xát, Mường Khương, Si Ma Cai, Bắc Hà", BodyRole.COORDINATING,
                        "phối hợp tổ chức các lớp tại các xã đặc biệt khó khăn"));
        assertThat(draft.rules()).isNull();

        assertThat(spanOf(parsed, "issuingBody", text)).isEqualTo("UBND TỈNH LÀO CAI");
        assertThat(spanOf(parsed, "documentDate", text)).isEqualTo("12 tháng 4 năm 2024");
        assertThat(spanOf(parsed, "targetLines[0].minEthnicMinorityPercent", text))
                .isEqualTo("tỷ lệ người dân tộc thiểu số đạt ít nhất 70%");
        assertThat(spanOf(parsed, "targetLines[0].minWomenPercent", text)).isEqualTo("phụ nữ đạt ít nhất 40%");
        assertThat(extraction(parsed, "targetLines[0].minWomenPercent").confidence()).isEqualTo(Confidence.HIGH);
        assertThat(spanOf(parsed, "targetLines[0].plannedPersonTurns", text)).isEqualTo("khoảng 3.200 lượt người thuộc nhóm cộng đồng");
        assertThat(extraction(parsed, "targetLines[0].plannedPersonTurns").confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(spanOf(parsed, "legalBases[1]", text))
                .isEqualTo("Quyết định số 752/QĐ-UBDT ngày 11/10/2022 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc");
        assertThat(spanOf(parsed, "budgetBySource[1].source", text)).isEqualTo("ngân sách địa phương");
        assertThat(extraction(parsed, "budgetBySource[1].source").confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(spanOf(parsed, "responsibleBodies[1]", text)).isEqualTo("UBND các huyện Bát Xát, Mường Khương, Si Ma Cai, Bắc Hà");
        assertThat(parsed.extractions()).extracting(Extraction::field)
                .as("neither share is a coverage target, and cadres of two levels get no level")
                .noneMatch(f -> f.contains("coverage") || f.equals("targetLines[1].cadreLevel"));

        assertThat(parsed.findings()).extracting(Finding::field).containsExactly("targetLines[1].cadreLevel",
                "targetLines[2].targetGroup", "targetLines[3].targetGroup", "scope", "scope", "scope", "scope");
        assertThat(parsed.findings().get(0).span().quote()).isEqualTo("cấp xã, cấp huyện");
        assertThat(parsed.findings()).filteredOn(f -> "scope".equals(f.field())).extracting(f -> f.span().quote())
                .containsExactly("Bát Xát", "Mường Khương", "Si Ma Cai", "Bắc Hà");
    }

    @ParameterizedTest
    @ValueSource(strings = {ImportMother.BAC_GIANG, ImportMother.NTM, ImportMother.REVIEW_1956, ImportMother.LAO_CAI,
            ImportMother.BAC_NINH_2026})
    void everySpanQuotesTheTextExactlyWhereItSaysAndAnNfdTextReadsTheSame(String resource) {
        String nfc = ImportMother.text(resource);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);

        ParsedPlan fromNfc = parser.parse(nfc, ImportMother.bacGiang());
        ParsedPlan fromNfd = parser.parse(nfd, ImportMother.bacGiang());

        // the same draft, but for where each target was read: offsets in the text as sent, which differ
        assertThat(fromNfd.draft()).usingRecursiveComparison()
                .ignoringFields("targetLines.source", "otherTargets.source").isEqualTo(fromNfc.draft());
        assertThat(fromNfd.decomposedInput()).isTrue();
        assertThat(fromNfd.extractions()).hasSameSizeAs(fromNfc.extractions());
        for (ParsedPlan parsed : List.of(fromNfc, fromNfd)) {
            String sent = parsed == fromNfc ? nfc : nfd;
            parsed.extractions().forEach(e -> assertThat(sent.substring(e.span().start(), e.span().end()))
                    .as(e.field()).isEqualTo(e.span().quote()));
            parsed.findings().stream().map(Finding::span).filter(Objects::nonNull)
                    .forEach(s -> assertThat(sent.substring(s.start(), s.end())).isEqualTo(s.quote()));
            parsed.draft().targetLines().forEach(line -> assertThat(sent.substring(line.source().start(),
                    line.source().end())).isEqualTo(line.source().quote()));
            parsed.draft().otherTargets().forEach(other -> assertThat(sent.substring(other.source().start(),
                    other.source().end())).isEqualTo(other.source().quote()));
        }
        for (int i = 0; i < fromNfc.extractions().size(); i++) {
            Extraction a = fromNfc.extractions().get(i);
            Extraction b = fromNfd.extractions().get(i);
            assertThat(b.field()).isEqualTo(a.field());
            assertThat(Normalizer.normalize(b.span().quote(), Normalizer.Form.NFC)).isEqualTo(a.span().quote());
        }
    }

    static Extraction extraction(ParsedPlan parsed, String field) {
        return parsed.extractions().stream().filter(e -> e.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no extraction of " + field));
    }

    /** The span's quote, after checking it is the text between its offsets. */
    static String spanOf(ParsedPlan parsed, String field, String text) {
        Span span = extraction(parsed, field).span();
        assertThat(text.substring(span.start(), span.end())).isEqualTo(span.quote());
        return span.quote();
    }
}
