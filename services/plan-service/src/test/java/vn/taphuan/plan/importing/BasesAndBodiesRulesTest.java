package vn.taphuan.plan.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.taphuan.plan.legal.LegalBasis;
import vn.taphuan.plan.plan.BodyRole;
import vn.taphuan.plan.plan.ResponsibleBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.taphuan.plan.importing.ImportMother.en;

/** Who issued each cited document, and who does what in the plan, however the sentences run. */
class BasesAndBodiesRulesTest {

    private static final String PLAN_2024 = "Kế hoạch tập huấn năm 2024 vùng đồng bào dân tộc thiểu số và miền núi.\n"
            + "Tổ chức 10 lớp cho 500 lượt người dân.\n";

    private final PlanTextParser parser = new PlanTextParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Căn cứ Quyết định số 752/QĐ-UBDT ngày 11/10/2022 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc;            | Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc
            Căn cứ Quyết định số 752/QĐ-UBDT ngày 11/10/2022 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc.            | Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc
            Căn cứ Thông tư liên tịch số 12/2023/TTLT-BTC-BNV ngày 05/3/2023 của Bộ Tài chính, Bộ Nội vụ;          | Bộ Tài chính, Bộ Nội vụ
            Căn cứ Quyết định số 45/QĐ-UBND ngày 10/01/2024 của Chủ tịch UBND tỉnh về việc giao dự toán;         | Chủ tịch UBND tỉnh
            Căn cứ Nghị quyết số 12/NQ-HĐND ngày 09/12/2023 của HĐND tỉnh, trong đó giao chỉ tiêu đào tạo;       | HĐND tỉnh
            Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, Kế hoạch số 10/KH-UBND;   | Thủ tướng Chính phủ
            """)
    void anIssuerRunsOverACommaOnlyWhenAnotherOfficeOrBodyFollows(String citation, String issuer) {
        ParsedPlan parsed = parser.parse(PLAN_2024 + citation, ImportMother.bacGiang());

        assertThat(parsed.draft().legalBases()).first().extracting(LegalBasis::issuer).isEqualTo(issuer);
    }

    @Test
    void eachClauseThatStartsWithABodyAndWhatItDoesNamesAResponsibleBody() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + """
                III. TỔ CHỨC THỰC HIỆN
                Ban Dân tộc tỉnh chủ trì; UBND các huyện Bát Xát, Mường Khương phối hợp tổ chức các lớp tại các xã.
                Sở Tài chính thẩm định, bố trí kinh phí.
                Sở Nội vụ, Sở Lao động - Thương binh và Xã hội phối hợp hướng dẫn.
                Phòng Dân tộc các huyện có trách nhiệm tổng hợp, báo cáo kết quả.
                """, ImportMother.bacGiang());

        assertThat(parsed.draft().responsibleBodies()).extracting(ResponsibleBody::name, ResponsibleBody::role).containsExactly(
                tuple("Ban Dân tộc tỉnh", BodyRole.LEAD),
                tuple("UBND các huyện Bát Xát, Mường Khương", BodyRole.COORDINATING),
                tuple("Sở Tài chính", BodyRole.FINANCE),
                tuple("Sở Nội vụ", BodyRole.COORDINATING),
                tuple("Sở Lao động - Thương binh và Xã hội", BodyRole.COORDINATING),
                tuple("Phòng Dân tộc các huyện", BodyRole.IMPLEMENTING));
        assertThat(parsed.draft().responsibleBodies().get(2).duties()).isEqualTo("thẩm định, bố trí kinh phí");
        assertThat(parsed.extractions()).filteredOn(e -> e.field().equals("responsibleBodies[4]")).singleElement()
                .satisfies(e -> assertThat(e.span().quote()).isEqualTo("Sở Lao động - Thương binh và Xã hội"));
    }

    @Test
    void aBodyAsAHeadingWithItsDutiesOnTheLinesBelowIsAResponsibleBody() {
        ParsedPlan parsed = parser.parse("""
                UBND TỈNH SƠN LA
                BAN DÂN TỘC
                Số: 89/KH-BDT
                KẾ HOẠCH
                Tập huấn cho cộng đồng năm 2023 vùng đồng bào dân tộc thiểu số và miền núi
                Tổ chức 10 lớp cho 500 lượt người dân.
                IV. TỔ CHỨC THỰC HIỆN
                1. Ban Dân tộc tỉnh
                Chủ trì, phối hợp với UBND các huyện tổ chức các lớp tập huấn theo kế hoạch.
                2. Sở Tài chính
                - Thẩm định, bố trí kinh phí thực hiện kế hoạch.
                3. UBND các huyện, thành phố
                Chỉ đạo phòng Dân tộc phối hợp tổ chức các lớp trên địa bàn.
                4. Chế độ báo cáo
                Định kỳ 6 tháng báo cáo kết quả.
                """, ImportMother.bacGiang());

        assertThat(parsed.draft().responsibleBodies()).extracting(ResponsibleBody::name, ResponsibleBody::role).containsExactly(
                tuple("Ban Dân tộc tỉnh", BodyRole.LEAD),
                tuple("Sở Tài chính", BodyRole.FINANCE),
                tuple("UBND các huyện, thành phố", BodyRole.COORDINATING));
        assertThat(parsed.draft().responsibleBodies().get(1).duties()).isEqualTo("Thẩm định, bố trí kinh phí thực hiện kế hoạch");
        assertThat(parsed.findings()).extracting(f -> en(f.reason())).noneMatch(m -> m.contains("thành phố Chỉ"));
    }

    @Test
    void anIssuerStopsBeforeTheSentenceThatFollowsIt() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Thực hiện Quyết định số 752/QĐ-UBDT ngày 11/10/2022 của Bộ trưởng, Chủ nhiệm "
                + "Ủy ban Dân tộc, Ban Dân tộc tỉnh Sơn La xây dựng Kế hoạch như sau:", ImportMother.bacGiang());

        assertThat(parsed.draft().legalBases()).singleElement().extracting(LegalBasis::issuer)
                .isEqualTo("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc");
        assertThat(parsed.draft().responsibleBodies()).isEmpty();
    }

    @Test
    void aBodyNamedAsLeadElsewhereKeepsThatRole() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Ban Dân tộc là cơ quan chủ trì tổ chức thực hiện. Trong quá trình thực "
                + "hiện, nếu có phát sinh; Ban Dân tộc chủ động phối hợp với các cơ quan liên quan điều chỉnh.", ImportMother.bacGiang());

        assertThat(parsed.draft().responsibleBodies()).extracting(ResponsibleBody::name, ResponsibleBody::role)
                .containsExactly(tuple("Ban Dân tộc", BodyRole.LEAD));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Bộ Nội vụ đã ban hành văn bản hướng dẫn các tỉnh.",
            "Năm 2023, Ban Dân tộc tổ chức 12 lớp tập huấn.",
            "Ban Dân tộc sẽ báo cáo kết quả.",
            "Các lớp tập huấn tổ chức tại xã.",
            "Học viên tham gia đầy đủ các buổi học."})
    void aSentenceAboutABodyIsNotItsDuty(String sentence) {
        ParsedPlan parsed = parser.parse(PLAN_2024 + sentence, ImportMother.bacGiang());

        assertThat(parsed.draft().responsibleBodies()).isEmpty();
    }

    @Test
    void aBodyThatAssignsAnotherIsNotOneNameWithIt() {
        ParsedPlan parsed = parser.parse(PLAN_2024 + "Ban Chỉ đạo tỉnh giao Văn phòng Điều phối tổng hợp kết quả.",
                ImportMother.bacGiang());

        assertThat(parsed.draft().responsibleBodies()).extracting(ResponsibleBody::name, ResponsibleBody::role)
                .containsExactly(tuple("Văn phòng Điều phối", BodyRole.IMPLEMENTING));
    }
}
