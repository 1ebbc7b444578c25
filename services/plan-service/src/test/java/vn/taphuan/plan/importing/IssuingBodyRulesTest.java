package vn.taphuan.plan.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.plan.importing.PlanTextParserTest.extraction;
import static vn.taphuan.plan.importing.ImportMother.en;

/** The issuing body and title in the header of an official plan, however the header is laid out. */
class IssuingBodyRulesTest {

    private static final String BODY = """

            KẾ HOẠCH
            Tập huấn nâng cao năng lực cho cộng đồng năm 2024

            Tổ chức 10 lớp cho 500 lượt người dân vùng đồng bào dân tộc thiểu số và miền núi.
            """;

    private final PlanTextParser parser = new PlanTextParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UBND TỈNH LÀO CAI                                                   | UBND tỉnh Lào Cai
            ỦY BAN NHÂN DÂN TỈNH YÊN BÁI                                        | Ủy ban nhân dân tỉnh Yên Bái
            UỶ BAN NHÂN DÂN TỈNH HÀ GIANG                                       | Uỷ ban nhân dân tỉnh Hà Giang
            BAN DÂN TỘC TỈNH SƠN LA                                             | Ban Dân tộc tỉnh Sơn La
            SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÀ GIANG                   | Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang
            SỞ NỘI VỤ TỈNH CAO BẰNG                                             | Sở Nội vụ tỉnh Cao Bằng
            UBND HUYỆN BẮC HÀ                                                   | UBND huyện Bắc Hà
            UBND THỊ XÃ SA PA                                                   | UBND thị xã Sa Pa
            UBND TP. HỒ CHÍ MINH                                                | UBND thành phố Hồ Chí Minh
            BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG TỈNH                              | Ban Chỉ đạo các chương trình MTQG tỉnh
            VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TỈNH TUYÊN QUANG                  | Văn phòng Điều phối nông thôn mới tỉnh Tuyên Quang
            ỦY BAN DÂN TỘC                                                      | Ủy ban Dân tộc
            BỘ NỘI VỤ                                                           | Bộ Nội vụ
            """)
    void aBodyOnOneLineIsWrittenTheWayAgenciesAreNamed(String header, String name) {
        ParsedPlan parsed = parser.parse(header + "\nSố: 215/KH-UBND\n" + BODY, ImportMother.bacGiang());

        assertThat(parsed.draft().issuingBody()).isEqualTo(name);
        assertThat(extraction(parsed, "issuingBody").span().quote()).isEqualTo(header);
        assertThat(extraction(parsed, "issuingBody").confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ỦY BAN NHÂN DÂN\\nTỈNH THANH HÓA                        | Ủy ban nhân dân tỉnh Thanh Hóa                        | ỦY BAN NHÂN DÂN\\nTỈNH THANH HÓA
            SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\\nTỈNH ĐIỆN BIÊN | Sở Nông nghiệp và Phát triển nông thôn tỉnh Điện Biên | SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\\nTỈNH ĐIỆN BIÊN
            """)
    void aBodyOverItsPlaceOnTheNextLineIsReadAsOne(String header, String name, String quote) {
        String lines = header.replace("\\n", "\n");
        ParsedPlan parsed = parser.parse(lines + "\nSố: 12/KH-UBND\n" + BODY, ImportMother.bacGiang());

        assertThat(parsed.draft().issuingBody()).isEqualTo(name);
        assertThat(extraction(parsed, "issuingBody").span().quote()).isEqualTo(quote.replace("\\n", "\n"));
        assertThat(extraction(parsed, "issuingBody").confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UBND TỈNH LÀO CAI\\nBAN DÂN TỘC                          | Ban Dân tộc tỉnh Lào Cai            | BAN DÂN TỘC           | UBND TỈNH LÀO CAI
            ỦY BAN NHÂN DÂN\\nTỈNH BẮC KẠN\\nSỞ GIÁO DỤC VÀ ĐÀO TẠO  | Sở Giáo dục và Đào tạo tỉnh Bắc Kạn | SỞ GIÁO DỤC VÀ ĐÀO TẠO | ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
            """)
    void aBodyUnderItsParentTakesTheParentsPlaceLessSurely(String header, String name, String quote, String parent) {
        ParsedPlan parsed = parser.parse(header.replace("\\n", "\n") + "\nSố: 12/KH-BDT\n" + BODY, ImportMother.bacGiang());

        assertThat(parsed.draft().issuingBody()).isEqualTo(name);
        Extraction issuer = extraction(parsed, "issuingBody");
        assertThat(issuer.span().quote()).isEqualTo(quote);
        assertThat(issuer.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(issuer.reason()).isEqualTo(new ExtractionNote.BodyWithParentPlace(parent));
        assertThat(en(issuer.reason())).contains("(" + parent + ")");
    }

    @Test
    void theMottoNumberAndDatePrintedBesideTheBodyAreSetAside() {
        String text = """
                UBND TỈNH BẮC GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ NỘI VỤ                    Độc lập - Tự do - Hạnh phúc
                -------                      ---------------------------
                Số: 45/KH-SNV                Bắc Giang, ngày 15 tháng 3 năm 2023
                """ + BODY;

        ParsedPlan parsed = parser.parse(text, ImportMother.bacGiang());

        assertThat(parsed.draft().issuingBody()).isEqualTo("Sở Nội vụ tỉnh Bắc Giang");
        assertThat(parsed.draft().documentNumber()).isEqualTo("45/KH-SNV");
        assertThat(parsed.draft().documentDate()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(parsed.draft().title()).isEqualTo("Tập huấn nâng cao năng lực cho cộng đồng năm 2024");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            "THÔNG BÁO\nVề việc tổ chức lớp tập huấn",
            "Tin tức - Sự kiện\nBAN DÂN TỘC TỈNH SƠN LA",
            "I. MỤC TIÊU"})
    void aHeaderWithoutABodyNamesNone(String top) {
        ParsedPlan parsed = parser.parse(top + "\n" + BODY, ImportMother.bacGiang());

        assertThat(parsed.draft().issuingBody()).isNull();
        assertThat(parsed.findings()).extracting(Finding::field).contains("issuingBody");
    }

    @Test
    void aTitleBrokenOverSeveralLinesIsReadWholeUpToTheFirstBasis() {
        String text = """
                UBND TỈNH LÀO CAI
                Số: 215/KH-UBND
                KẾ HOẠCH
                Đào tạo, tập huấn nâng cao năng lực cho cộng đồng và cán bộ
                triển khai Tiểu dự án 4, Dự án 5 thuộc Chương trình mục tiêu quốc gia vùng đồng bào
                dân tộc thiểu số và miền núi năm 2024
                Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;
                Tổ chức 10 lớp cho 500 lượt người dân.
                """;

        ParsedPlan parsed = parser.parse(text, ImportMother.context("lao-cai", null));

        assertThat(parsed.draft().title()).isEqualTo("Đào tạo, tập huấn nâng cao năng lực cho cộng đồng và cán bộ triển khai "
                + "Tiểu dự án 4, Dự án 5 thuộc Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi năm 2024");
        assertThat(parsed.draft().periodStart()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(parsed.draft().legalBases()).hasSize(1);
        assertThat(parsed.draft().programmeCode()).isEqualTo("MTQG_DTTS_MN_2021_2025");
        assertThat(extraction(parsed, "programmeCode").span().quote())
                .as("a keyword broken over two lines").isEqualTo("vùng đồng bào\ndân tộc thiểu số và miền núi");
    }

    @Test
    void theMottoInTheHeaderIsNoUnitOfThePlan() {
        ParsedPlan parsed = parser.parse("""
                UBND TỈNH BẮC GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 45/KH-UBND
                """ + BODY, ImportMother.bacGiang());

        assertThat(parsed.findings()).filteredOn(f -> "scope".equals(f.field())).isEmpty();
    }
}
