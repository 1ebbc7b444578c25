package vn.taphuan.plan.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.taphuan.plan.plan.BodyRole;
import vn.taphuan.plan.plan.FundingSource;
import vn.taphuan.plan.plan.IssuerLevel;
import vn.taphuan.plan.plan.OtherTarget;
import vn.taphuan.plan.plan.PopulationUnit;
import vn.taphuan.plan.plan.QuotaTarget;
import vn.taphuan.plan.plan.TargetKind;
import vn.taphuan.plan.plan.ResponsibleBody;
import vn.taphuan.plan.plan.TargetLine;
import vn.taphuan.plan.programme.ProgrammeMother;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.taphuan.plan.importing.ImportMother.en;
import static vn.taphuan.plan.importing.ImportMother.vi;

/**
 * The parts of a plan as the corpus of real plans words them (issue 18): periods that start within a year or give
 * only their end, the plan's own number in a report of it, plans named by the documents cited, learners stated after
 * their classes, shares that are not about training, a body's partner and the body behind its office.
 */
class DocumentPartsRulesTest {

    private static final String CLASSES_2024 = "Tổ chức 10 lớp tập huấn cho 500 lượt người dân.\n";

    private final PlanTextParser parser = new PlanTextParser();

    private ParsedPlan parse(String text) {
        return parser.parse(text, ImportMother.bacGiang());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kế hoạch tập huấn cộng đồng từ quý III/2023 đến hết năm 2025  | 2023-07-01 | 2025-12-31
            Kế hoạch tập huấn cộng đồng từ quý 2 năm 2024 đến năm 2025    | 2024-04-01 | 2025-12-31
            Kế hoạch tập huấn cộng đồng từ tháng 9/2023 đến năm 2025      | 2023-09-01 | 2025-12-31
            Kế hoạch tập huấn cộng đồng giai đoạn 2023 - 2025             | 2023-01-01 | 2025-12-31
            """)
    void aPeriodThatStartsWithinAYearStartsOnItsFirstMonth(String title, LocalDate start, LocalDate end) {
        ParsedPlan parsed = parse(title + "\n" + CLASSES_2024);

        assertThat(parsed.draft().periodStart()).isEqualTo(start);
        assertThat(parsed.draft().periodEnd()).isEqualTo(end);
    }

    @Test
    void aPlanToAYearHasItsEndAndAFindingThatItsStartIsNotStated() {
        ParsedPlan parsed = parse("UBND tỉnh ban hành Kế hoạch đẩy mạnh học tập suốt đời trong cộng đồng đến năm 2020.\n");

        assertThat(parsed.draft().periodEnd()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(parsed.draft().periodStart()).isNull();
        Finding finding = parsed.findings().stream().filter(f -> f.reason() instanceof ImportFinding.PeriodStartNotStated)
                .findFirst().orElseThrow();
        assertThat(finding.field()).isEqualTo("periodStart");
        assertThat(finding.span().quote()).isEqualTo("đến năm 2020");
        assertThat(vi(finding.reason())).contains("đến năm 2020").contains("ngày bắt đầu");
        assertThat(en(finding.reason())).contains("to 2020");
    }

    @Test
    void aPlanApprovedByACitedDocumentIsNotThisPlanNorItsPeriod() {
        ParsedPlan parsed = parse("""
                Căn cứ Quyết định số 1374/QĐ-TTg ngày 12/8/2011 của Thủ tướng Chính phủ về việc phê duyệt Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức giai đoạn 2011 -2015;
                Điều 1. Ban hành kèm theo Quyết định này Kế hoạch đào tạo, bồi dưỡng giảng viên giai đoạn 2012-2015.
                Ủy ban nhân dân tỉnh Tuyên Quang ban hành Kế hoạch đào tạo nghề nông nghiệp giai đoạn 2022-2025, như sau:
                """);

        assertThat(parsed.draft().title()).isEqualTo("Kế hoạch đào tạo nghề nông nghiệp giai đoạn 2022-2025");
        assertThat(parsed.draft().issuingBody()).isEqualTo("Ủy ban nhân dân tỉnh Tuyên Quang");
        assertThat(parsed.draft().periodStart()).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UBND tỉnh vừa ban hành Kế hoạch 49/KH-UBND về thực hiện chương trình học tập suốt đời giai đoạn 2023-2030.         | 49/KH-UBND
            UBND tỉnh đã ban hành Quyết định số 3388/QĐ-UBND về kế hoạch tập huấn cho cán bộ các cấp giai đoạn 2022-2025.      | 3388/QĐ-UBND
            """)
    void aReportOfAPlanGivesItsNumberWhichIsNotOneOfItsBases(String sentence, String number) {
        ParsedPlan parsed = parse(sentence + "\n");

        assertThat(parsed.draft().documentNumber()).isEqualTo(number);
        assertThat(parsed.draft().legalBases()).isEmpty();
    }

    @Test
    void learnersStatedAfterTheirClassesArePersonTurnsOfThoseClasses() {
        ParsedPlan parsed = parse("""
                Kế hoạch tập huấn cộng đồng năm 2020.
                Ban Dân tộc tỉnh phối hợp với UBND huyện Bá Thước mở 4 lớp tập huấn cho cán bộ thôn, bản năm 2020.

                Tham gia các lớp tập huấn có 545 học viên là cán bộ thôn, bản.
                """);

        assertThat(parsed.draft().targetLines()).extracting(TargetLine::plannedActivities, TargetLine::plannedPersonTurns)
                .containsExactly(tuple(4, 545));
        Extraction turns = parsed.extractions().stream().filter(e -> e.field().equals("targetLines[0].plannedPersonTurns"))
                .findFirst().orElseThrow();
        assertThat(turns.span().quote()).isEqualTo("545 học viên");
        assertThat(turns.reason()).isInstanceOf(ExtractionNote.LearnersOfClassesNamedBefore.class);
        assertThat(parsed.findings()).noneMatch(f -> f.reason() instanceof ImportFinding.NoPersonTurns);
    }

    @Test
    void learnersAfterClassesThatAlreadyHaveTheirPeopleAreNotAddedAgain() {
        ParsedPlan parsed = parse("""
                Kế hoạch tập huấn cộng đồng năm 2020.
                Mở 4 lớp tập huấn cho 300 lượt người dân.
                Tham gia các lớp tập huấn có 545 học viên.
                """);

        assertThat(parsed.draft().targetLines()).extracting(TargetLine::plannedPersonTurns).containsExactly(300);
    }

    @Test
    void aReportOfClassesWithoutAPlanPeriodTakesTheYearTheClassesAreHeldIn() {
        ParsedPlan parsed = parse("Từ ngày 9 đến 21/10/2020, Ban Dân tộc tỉnh mở 4 lớp tập huấn thuộc Chương trình 135 năm 2020.\n");

        assertThat(parsed.draft().periodStart()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(parsed.draft().periodEnd()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(parsed.extractions()).filteredOn(e -> e.field().equals("periodStart"))
                .extracting(Extraction::reason).first().isInstanceOf(ExtractionNote.PeriodFromActivities.class);
    }

    @Test
    void theNameOfANationalTargetProgrammeIsNotATargetWord() {
        ParsedPlan parsed = parse("Đây là nhóm đối tượng 4 của Chương trình mục tiêu quốc gia giai đoạn 2021- 2030.\n"
                + "Phòng Dân tộc tỉnh tổ chức 5 lớp bồi dưỡng cho gần 350 học viên.\n");

        assertThat(parsed.draft().periodStart()).isNull();
    }

    @Test
    void sharesNotAboutTrainingAreFindingsWithTheirSpanAndSharesOfPeopleTrainedAreCoverageTargets() {
        String text = "Kế hoạch tập huấn cán bộ giai đoạn 2022-2025.\n"
                + "Kế hoạch đặt ra mục tiêu đến năm 2025, 100% cán bộ chuyên trách xây dựng NTM các cấp, ít nhất 80% cán bộ "
                + "trong hệ thống chính trị ở cơ sở được bồi dưỡng, tập huấn kiến thức xây dựng NTM; đồng thời, 100% người "
                + "dân trên địa bàn các xã được tuyên truyền về Chương trình.\n"
                + "Phấn đấu 100% lãnh đạo Hội Khuyến học cấp xã tham gia quản lý Trung tâm Học tập cộng đồng.\n";
        ParsedPlan parsed = parse(text);

        assertThat(parsed.draft().targetLines()).extracting(line -> line.coverage().percent(),
                line -> line.coverage().rosterDescription()).containsExactly(
                tuple(100, "cán bộ chuyên trách xây dựng NTM các cấp"),
                tuple(80, "cán bộ trong hệ thống chính trị ở cơ sở"));
        List<Finding> other = parsed.findings().stream()
                .filter(f -> f.reason() instanceof ImportFinding.NonTrainingTarget).toList();
        assertThat(other).extracting(f -> f.span().quote()).containsExactly(
                "100% người dân trên địa bàn các xã được tuyên truyền về Chương trình",
                "100% lãnh đạo Hội Khuyến học cấp xã tham gia quản lý Trung tâm Học tập cộng đồng");
        assertThat(vi(other.get(0).reason())).startsWith("Chỉ tiêu không phải về đào tạo: «100% người dân");
        assertThat(en(other.get(0).reason())).contains("not about training");
        // kept with the plan, each with its figure and its span; never a training line
        assertThat(parsed.draft().otherTargets()).extracting(OtherTarget::description, o -> o.quantity().intValue(),
                OtherTarget::unit, o -> o.source().quote()).containsExactly(
                tuple("100% người dân trên địa bàn các xã được tuyên truyền về Chương trình", 100, "%",
                        "100% người dân trên địa bàn các xã được tuyên truyền về Chương trình"),
                tuple("100% lãnh đạo Hội Khuyến học cấp xã tham gia quản lý Trung tâm Học tập cộng đồng", 100, "%",
                        "100% lãnh đạo Hội Khuyến học cấp xã tham gia quản lý Trung tâm Học tập cộng đồng"));
        assertThat(parsed.extractions()).filteredOn(e -> e.field().startsWith("otherTargets["))
                .extracting(Extraction::field).containsExactly("otherTargets[0]", "otherTargets[1]");
        // the coverage lines are of persons, each with the passage it was read from
        assertThat(parsed.draft().targetLines()).extracting(line -> line.coverage().populationUnit(), TargetLine::kind)
                .containsOnly(tuple(PopulationUnit.PERSON, TargetKind.COVERAGE));
        assertThat(parsed.draft().targetLines().get(0).source().quote()).startsWith("100% cán bộ chuyên trách");
    }

    @Test
    void aShareOfHouseholdsTrainedIsACoverageOfHouseholdsNeverOfPersons() {
        ParsedPlan parsed = parse("Kế hoạch tập huấn năm 2024.\nPhấn đấu đến năm 2024 có 60% hộ nghèo được tập huấn "
                + "kỹ thuật sản xuất.\n");

        assertThat(parsed.draft().targetLines()).extracting(line -> line.coverage().percent(),
                line -> line.coverage().populationUnit()).containsExactly(tuple(60, PopulationUnit.HOUSEHOLD));
    }

    @Test
    void aBodyThatWorksWithAPartnerNamesBothAfterAPhraseOfTime() {
        ParsedPlan parsed = parse(CLASSES_2024 + "Từ ngày 9 đến 21/10/2020, Ban Dân tộc tỉnh Thanh Hóa phối hợp với "
                + "UBND huyện Bá Thước mở 4 lớp tập huấn.\n");

        assertThat(parsed.draft().responsibleBodies()).extracting(ResponsibleBody::name, ResponsibleBody::role)
                .containsExactly(tuple("Ban Dân tộc tỉnh Thanh Hóa", BodyRole.COORDINATING),
                        tuple("UBND huyện Bá Thước", BodyRole.COORDINATING));
    }

    @Test
    void theBodyIsResponsibleNotTheOfficeThatSpeaksForIt() {
        ParsedPlan parsed = parse(CLASSES_2024 + "Điều 2. Chủ tịch Hội Khuyến học tỉnh chủ trì, phối hợp với thủ trưởng "
                + "các đơn vị có liên quan tổ chức triển khai thực hiện Kế hoạch.\n");

        assertThat(parsed.draft().responsibleBodies()).extracting(ResponsibleBody::name, ResponsibleBody::role)
                .containsExactly(tuple("Hội Khuyến học tỉnh", BodyRole.LEAD));
    }

    @Test
    void fundingSourcesNamedWithoutAmountsAreKeptWithThePlanAndFindingsEachWithItsSpan() {
        ParsedPlan parsed = parse(CLASSES_2024 + "Nguồn kinh phí: ngân sách xã, nguồn xã hội hóa và các nguồn hợp pháp khác.\n");

        assertThat(parsed.draft().budgetBySource()).isEmpty();
        List<Finding> sources = parsed.findings().stream()
                .filter(f -> f.reason() instanceof ImportFinding.FundingSourceWithoutAmount).toList();
        assertThat(sources).extracting(f -> f.span().quote())
                .containsExactly("ngân sách xã", "nguồn xã hội hóa", "các nguồn hợp pháp khác");
        assertThat(sources).extracting(Finding::field).containsOnly("budgetBySource");
        assertThat(vi(sources.get(0).reason())).contains("ngân sách xã").contains("số tiền");
        assertThat(en(sources.get(0).reason())).contains("no amount");
        assertThat(parsed.draft().sourcesWithoutAmount())
                .containsExactly(FundingSource.COMMUNE, FundingSource.SOCIAL, FundingSource.OTHER);
        assertThat(parsed.extractions()).filteredOn(e -> e.field().startsWith("sourcesWithoutAmount["))
                .extracting(e -> e.span().quote())
                .containsExactly("ngân sách xã", "nguồn xã hội hóa", "các nguồn hợp pháp khác");
    }

    @Test
    void aBodyNamedOnlyInADutyIsAResponsibleBody() {
        ParsedPlan parsed = parse(CLASSES_2024 + "Sở Tài chính bảo đảm kinh phí thực hiện Kế hoạch.\n");

        assertThat(parsed.draft().responsibleBodies()).extracting(ResponsibleBody::name, ResponsibleBody::role)
                .containsExactly(tuple("Sở Tài chính", BodyRole.FINANCE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UBND HUYỆN VĂN BÀN          | UBND huyện Văn Bàn
            ỦY BAN NHÂN DÂN XÃ NẬM XÉ   | Ủy ban nhân dân xã Nậm Xé
            """)
    void theIssuerInTheHeaderIsReadAtDistrictAndCommuneLevel(String header, String issuer) {
        ParsedPlan parsed = parse(header + "\nSố: 12/KH-UBND\nVăn Bàn, ngày 5 tháng 7 năm 2023\nKẾ HOẠCH\n"
                + "Nâng cao hiệu quả hoạt động trung tâm học tập cộng đồng\n" + CLASSES_2024);

        assertThat(parsed.draft().issuingBody()).isEqualTo(issuer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UBND TỈNH LÀO CAI                      | PROVINCE
            UBND HUYỆN VĂN BÀN                     | DISTRICT
            ỦY BAN NHÂN DÂN XÃ NẬM XÉ              | COMMUNE
            UBND TỈNH LÀO CAI/BAN DÂN TỘC          | DEPARTMENT
            """)
    void theIssuersLevelIsReadFromItsNameAtEveryLevel(String header, IssuerLevel level) {
        ParsedPlan parsed = parse(header.replace("/", "\n") + "\nSố: 12/KH-UBND\nVăn Bàn, ngày 5 tháng 7 năm 2023\n"
                + "KẾ HOẠCH\nNâng cao hiệu quả hoạt động trung tâm học tập cộng đồng\n" + CLASSES_2024);

        assertThat(parsed.draft().issuerLevel()).as(parsed.draft().issuingBody()).isEqualTo(level);
        assertThat(parsed.extractions()).filteredOn(e -> e.field().equals("issuerLevel")).singleElement()
                .satisfies(e -> assertThat(e.span()).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UBND tỉnh vừa ban hành Kế hoạch 49/KH-UBND về học tập suốt đời.                  | PROVINCE
            UBND huyện đã ban hành Quyết định số 12/QĐ-UBND về kế hoạch tập huấn năm 2024.   | DISTRICT
            UBND xã vừa ban hành Kế hoạch số 5/KH-UBND về tập huấn cho người dân năm 2024.    | COMMUNE
            """)
    void anIssuerNamedWithoutItsPlaceStillGivesItsLevel(String sentence, IssuerLevel level) {
        ParsedPlan parsed = parse(sentence + "\n" + CLASSES_2024);

        assertThat(parsed.draft().issuingBody()).isNull();
        assertThat(parsed.draft().issuerLevel()).isEqualTo(level);
        assertThat(parsed.extractions()).filteredOn(e -> e.field().equals("issuerLevel")).singleElement()
                .satisfies(e -> assertThat(e.span().quote()).startsWith("UBND"));
    }

    @Test
    void aCityThatMayBeAProvinceOrADistrictIsAFindingNotAGuess() {
        ParsedPlan parsed = parse("UBND THÀNH PHỐ SÔNG HỒNG\nSố: 12/KH-UBND\nKẾ HOẠCH\nBồi dưỡng cán bộ\n" + CLASSES_2024);

        assertThat(parsed.draft().issuerLevel()).isNull();
        assertThat(parsed.findings()).filteredOn(f -> f.reason() instanceof ImportFinding.IssuerLevelUnclear)
                .singleElement().satisfies(f -> assertThat(vi(f.reason())).contains("hãy chọn cấp"));
    }

    @Test
    void theSignerAndTheirTitleAreReadFromTheSignatureBlock() {
        ParsedPlan parsed = parse(CLASSES_2024 + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\n"
                + "Nguyễn Văn Hòa\n");

        assertThat(parsed.draft().signer()).isEqualTo("Nguyễn Văn Hòa");
        assertThat(parsed.draft().signerTitle()).isEqualTo("KT. CHỦ TỊCH – PHÓ CHỦ TỊCH");
        assertThat(parsed.extractions()).filteredOn(e -> e.field().startsWith("signer"))
                .extracting(Extraction::field, Extraction::value, e -> e.span().quote()).containsExactly(
                        tuple("signerTitle", "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
                        tuple("signer", "Nguyễn Văn Hòa", "Nguyễn Văn Hòa"));
    }

    @Test
    void aTotalToBeReachedByAYearOfAMultiYearPlanIsACumulativeTarget() {
        ParsedPlan parsed = parse("Kế hoạch tập huấn cộng đồng giai đoạn 2022-2025.\n"
                + "Đến năm 2024, tổ chức 20 lớp tập huấn cho 1.000 lượt người dân.\n"
                + "Năm 2025 tổ chức 5 lớp tập huấn cho 250 lượt người dân.\n");

        assertThat(parsed.draft().targetLines()).extracting(TargetLine::plannedActivities, TargetLine::cumulativeByYear,
                TargetLine::kind).containsExactly(tuple(20, 2024, TargetKind.CUMULATIVE), tuple(5, null, TargetKind.COUNT));
        assertThat(parsed.extractions()).filteredOn(e -> e.field().equals("targetLines[0].cumulativeByYear"))
                .extracting(e -> e.span().quote()).containsExactly("Đến năm 2024");
    }

    @Test
    void inAShortTextTheSignatureBlockIsTheLastOneNotTheOfficialHeader() {
        ParsedPlan parsed = parse("UBND TỈNH BẮC GIANG\nKẾ HOẠCH\n" + CLASSES_2024 + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
                + "Lê Ánh Dương\n");

        assertThat(parsed.draft().signer()).isEqualTo("Lê Ánh Dương");
        assertThat(parsed.draft().signerTitle()).isEqualTo("TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH");
        assertThat(parsed.findings()).noneMatch(f -> f.reason() instanceof ImportFinding.SignerNotFound);
    }

    @Test
    void theAuthorityLineOverADecisionsBasesIsNotASignatureBlock() {
        ParsedPlan parsed = parse("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 133/QĐ-UBND\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH ĐÀO TẠO NGHỀ\n"
                + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nCăn cứ Luật Tổ chức Chính quyền địa phương năm 2015;\n");

        assertThat(parsed.draft().signerTitle()).isNull();
        assertThat(parsed.draft().signer()).isNull();
        assertThat(parsed.findings()).noneMatch(f -> f.reason() instanceof ImportFinding.SignerNotFound);
    }

    @Test
    void aSignatureBlockWithoutANameIsAFindingSayingWhatToCheck() {
        ParsedPlan parsed = parse(CLASSES_2024 + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n");

        assertThat(parsed.extractions()).noneMatch(e -> e.field().equals("signer"));
        Finding finding = parsed.findings().stream().filter(f -> f.reason() instanceof ImportFinding.SignerNotFound)
                .findFirst().orElseThrow();
        assertThat(finding.span().quote()).isEqualTo("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
        assertThat(vi(finding.reason())).contains("người ký");
    }

    @Test
    void aQuotaPerCommuneTimesTheCommunesInScopeIsACountOfPersonsShownAsDerived() {
        ParsedPlan parsed = parse("Kế hoạch bồi dưỡng cán bộ xã năm 2020.\n"
                + "Bồi dưỡng cho 4 cán bộ mỗi xã tại 124 xã đặc biệt khó khăn.\n");

        assertThat(parsed.draft().targetLines()).extracting(TargetLine::plannedPersonTurns, TargetLine::plannedActivities)
                .containsExactly(tuple(496, 0));
        Extraction derived = parsed.extractions().stream()
                .filter(e -> e.field().equals("targetLines[0].plannedPersonTurns")).findFirst().orElseThrow();
        assertThat(derived.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(derived.span().quote()).isEqualTo("4 cán bộ mỗi xã tại 124 xã");
        assertThat(vi(derived.reason())).isEqualTo("Suy ra: 4 người mỗi đơn vị × 124 đơn vị; là số người (mỗi người "
                + "một lượt); hãy kiểm tra");
        TargetLine line = parsed.draft().targetLines().get(0);
        assertThat(line.quota()).isEqualTo(new QuotaTarget(4, "xã", 124));
        assertThat(line.kind()).isEqualTo(TargetKind.QUOTA_PER_UNIT);
        assertThat(parsed.extractions()).filteredOn(e -> e.field().startsWith("targetLines[0].quota."))
                .extracting(Extraction::field, e -> e.span().quote()).containsExactlyInAnyOrder(
                        tuple("targetLines[0].quota.perUnit", "4 cán bộ mỗi xã"),
                        tuple("targetLines[0].quota.unitKind", "4 cán bộ mỗi xã"),
                        tuple("targetLines[0].quota.unitsInScope", "124 xã"));
    }

    @Test
    void aQuotaWithoutACountOfItsUnitsStaysAFinding() {
        ParsedPlan parsed = parse("Kế hoạch bồi dưỡng cán bộ xã năm 2020.\nBồi dưỡng cho 4 cán bộ mỗi xã.\n");

        assertThat(parsed.draft().targetLines()).isEmpty();
        assertThat(parsed.findings()).anyMatch(f -> f.reason() instanceof ImportFinding.PeoplePerUnit);
    }

    @Test
    void anIssuerEndsWhereTheNextCitedDocumentBegins() {
        ParsedPlan parsed = parse(CLASSES_2024 + "Căn cứ Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ; "
                + "Thông tư số 152/2016/TT-BTC ngày 17/10/2016 của Bộ Tài chính; Thông tư số 40/2019/TT-BTC ngày 28/6/2019 "
                + "của Bộ Tài chính sửa đổi, bổ sung một số Điều của Thông tư số 152/TT-BTC ngày 17 tháng 10 năm 2016;\n");

        assertThat(parsed.draft().legalBases()).extracting(b -> b.number(), b -> b.issuer()).containsExactly(
                tuple("46/2015/QĐ-TTg", "Thủ tướng Chính phủ"),
                tuple("152/2016/TT-BTC", "Bộ Tài chính"),
                tuple("40/2019/TT-BTC", "Bộ Tài chính"));
    }

    @Test
    void aDocumentNumberBrokenBySpacesIsReadWhole() {
        ParsedPlan parsed = parse(CLASSES_2024 + "Căn cứ Thông tư số 17/2022/TT- BLĐTBXH ngày 06/9/2022 của Bộ Lao động - "
                + "Thương binh và Xã hội;\n");

        assertThat(parsed.draft().legalBases()).extracting(b -> b.number()).containsExactly("17/2022/TT-BLĐTBXH");
    }

    @Test
    void aPlanThatEndsBeforeAProgrammeBeginsIsNotMadeUnderItAndTheFindingSaysToChoose() {
        ParsedPlan parsed = parser.parse("UBND tỉnh ban hành Kế hoạch đẩy mạnh học tập suốt đời trong cộng đồng đến năm "
                + "2020.\n", new ParsingContext(ProgrammeMother.seededCatalogue(), null, List.of()));

        assertThat(parsed.draft().programmeCode()).isNull();
        Finding finding = parsed.findings().stream().filter(f -> f.reason() instanceof ImportFinding.ProgrammeBeginsAfterPlan)
                .findFirst().orElseThrow();
        assertThat(finding.span().quote()).isEqualTo("học tập suốt đời");
        assertThat(vi(finding.reason())).contains("QD387_HOC_TAP_SUOT_DOI").contains("2020").contains("hãy chọn");
    }

    @Test
    void aDecisionsTitleUnderTheHeaderIsNotItsIssuer() {
        ParsedPlan parsed = parse("""
                ỦY BAN NHÂN DÂN
                TỈNH LAI CHÂU
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 133/QĐ-UBND
                Lai Châu, ngày 06 tháng 02 năm 2023
                QUYẾT ĐỊNH
                BAN HÀNH KẾ HOẠCH ĐÀO TẠO NGHỀ CHO LAO ĐỘNG NÔNG THÔN TRÊN ĐỊA BÀN TỈNH LAI CHÂU NĂM 2023
                CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
                """ + CLASSES_2024);

        assertThat(parsed.draft().issuingBody()).isEqualTo("Ủy ban nhân dân tỉnh Lai Châu");
    }

    @Test
    void anIssuerNamedWithoutItsPlaceIsAFindingNotAGuess() {
        ParsedPlan parsed = parse("UBND tỉnh vừa ban hành Kế hoạch 49/KH-UBND về thực hiện chương trình học tập suốt đời "
                + "giai đoạn 2023-2030.\n");

        assertThat(parsed.draft().issuingBody()).isNull();
        Finding finding = parsed.findings().stream().filter(f -> "issuingBody".equals(f.field())).findFirst().orElseThrow();
        assertThat(finding.reason()).isEqualTo(new ImportFinding.IssuerPlaceUnstated("UBND tỉnh"));
        assertThat(finding.span().quote()).isEqualTo("UBND tỉnh");
        assertThat(vi(finding.reason())).isEqualTo("Văn bản chỉ ghi «UBND tỉnh», không ghi tên địa phương: hãy nhập cơ quan ban hành");
        assertThat(parsed.findings()).noneMatch(f -> f.reason() instanceof ImportFinding.IssuingBodyNotFound);
    }

    @Test
    void thePlanADecisionCarriesIsNotOneOfItsBases() {
        ParsedPlan parsed = parse(CLASSES_2024 + "Căn cứ Quyết định số 281/QĐ-TTg ngày 20/02/2014 của Thủ tướng Chính phủ;\n"
                + "(Kèm theo Kế hoạch số 38/KH-HKHVL, ngày 14/5/2014 của Chủ tịch Hội Khuyến học tỉnh).\n");

        assertThat(parsed.draft().legalBases()).extracting(b -> b.number()).containsExactly("281/QĐ-TTg");
    }

    @Test
    void aQuotaInAReportedResultIsNeverATarget() {
        ParsedPlan parsed = parse("Kế hoạch bồi dưỡng cán bộ xã năm 2020.\n"
                + "Năm 2019 đã bồi dưỡng 4 cán bộ mỗi xã tại 124 xã đặc biệt khó khăn.\n");

        assertThat(parsed.draft().targetLines()).isEmpty();
        assertThat(parsed.findings()).anyMatch(f -> f.reason() instanceof ImportFinding.PeoplePerUnit);
    }

    @Test
    void theYearOfClassesAlreadyHeldIsNotThePlansPeriod() {
        ParsedPlan parsed = parse("Năm 2022, Ban Dân tộc tỉnh đã tổ chức 10 lớp tập huấn cho 500 lượt người dân.\n");

        assertThat(parsed.draft().periodStart()).isNull();
        assertThat(parsed.findings()).anyMatch(f -> f.reason() instanceof ImportFinding.PeriodNotFound);
    }
}
