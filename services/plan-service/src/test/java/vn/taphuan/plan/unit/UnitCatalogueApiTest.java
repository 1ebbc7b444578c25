package vn.taphuan.plan.unit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.testing.SampleWorkbooks;
import vn.taphuan.plan.ApiClient;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;
import vn.taphuan.testsupport.identity.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform administrator loads the statistics office's catalogue of districts and communes: what the registry
 * lacks is defined and announced, each unusable row is reported, and a second load changes nothing.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class UnitCatalogueApiTest {

    private static final String ADMIN = TestTokens.platformAdmin();
    private static final String CATALOGUE = String.join("\r\n",
            "DANH MỤC ĐƠN VỊ HÀNH CHÍNH VIỆT NAM",
            "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh",
            "Tỉnh Lào Cai,10,Thành phố Lào Cai,080,Phường Duyên Hải,02602,Phường,",
            "Tỉnh Lào Cai,10,Huyện Bát Xát,082,Thị trấn Bát Xát,02659,Thị trấn,",
            "Tỉnh Lào Cai,10,Huyện Bát Xát,82,Xã A Mú Sung,2662,Xã,",
            "Tỉnh Lào Cai,10,Huyện Bát Xát,082,Xã Nậm Chạc,2A,Xã,",
            "");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    KnownTenants tenants;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(mvc, json);
        tenants.onboard("lao-cai", "Lào Cai", "10", List.of());
    }

    @Test
    void theCatalogueAddsTheMissingDistrictsAndCommunesReportsBadRowsAndLoadsOnce() {
        api.call(TestTokens.officer("lao-cai"), upload(CATALOGUE), 403);
        api.call(null, upload(CATALOGUE), 401);

        JsonNode report = api.call(ADMIN, upload(CATALOGUE), 200);
        assertThat(report.get("rows").asInt()).isEqualTo(4);
        assertThat(report.get("districtsDefined").asInt()).isEqualTo(2);
        assertThat(report.get("communesDefined").asInt()).isEqualTo(3);
        assertThat(report.get("alreadyKnown").asInt()).isZero();
        assertThat(report.get("rejected")).singleElement().satisfies(row -> {
            assertThat(row.get("row").asInt()).isEqualTo(6);
            assertThat(row.get("column").asString()).isEqualTo("Mã PX");
            assertThat(row.get("messageEn").asString()).contains("5 digits", "2A");
            assertThat(row.get("code").asString()).isEqualTo("not-a-digit-code");
        });

        JsonNode aMuSung = api.get(ADMIN, "/api/v1/reference/units/X-02662", 200);
        assertThat(aMuSung.get("name").asString()).isEqualTo("Xã A Mú Sung");
        assertThat(aMuSung.get("parentCode").asString()).isEqualTo("H-082");
        assertThat(aMuSung.get("provinceTenantId").asString()).isEqualTo("lao-cai");
        assertThat(aMuSung.get("validTo").asString()).isEqualTo("2025-06-30");
        // results recorded under the commune count, after the reorganisation, for the new Lào Cai
        JsonNode rollUp = api.get(ADMIN, "/api/v1/reference/units/X-02662/roll-up?on=2025-08-01", 200);
        assertThat(rollUp.get("unitCode").asString()).isEqualTo("P-15-2025");
        JsonNode districts = api.get(TestTokens.officer("lao-cai"),
                "/api/v1/reference/units?level=DISTRICT&parentCode=P-10", 200);
        assertThat(districts.get("items").valueStream().map(d -> d.get("shortName").asString()))
                .contains("Lào Cai", "Bát Xát");

        try (TopicProbe topic = new TopicProbe(brokers, "reference.events.v1")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> keyed(topic.records(), "X-02662").size() == 1);
            JsonNode event = json.readTree(keyed(topic.records(), "X-02662").get(0).value());
            assertThat(EventSchemas.validateEnvelope(event)).isEmpty();
            assertThat(event.at("/payload/parentCode").asString()).isEqualTo("H-082");
        }

        JsonNode again = api.call(ADMIN, upload(CATALOGUE), 200);
        assertThat(again.get("districtsDefined").asInt()).isZero();
        assertThat(again.get("communesDefined").asInt()).isZero();
        assertThat(again.get("alreadyKnown").asInt()).isEqualTo(5);
    }

    @Test
    void aFileWithoutTheCatalogueColumnsIsRefusedNamingThem() {
        JsonNode problem = api.call(ADMIN, upload("Họ và tên,Giới tính\nLò Văn A,Nam\n"), 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(problem.get("errors").get(0).get("messageEn").asString()).contains("Mã TP", "Mã QH", "Mã PX");
    }

    @Test
    void anUnreadableFileIsRefusedInTheUsersWordsNeverInTheLibrarys() {
        record Sent(String name, byte[] content, String vi, String en) {
        }
        for (Sent sent : List.of(
                new Sent("danh-muc.xlsx", SampleWorkbooks.notAWorkbook(), "không phải là bảng tính Excel hợp lệ",
                        "not a valid Excel workbook"),
                new Sent("danh-muc.xlsx", SampleWorkbooks.truncated(), "bị hỏng", "damaged"),
                new Sent("danh-muc.xlsx", SampleWorkbooks.zipBomb(), "nén bất thường", "compressed abnormally"),
                new Sent("danh-muc.xlsx", SampleWorkbooks.encryptedXlsx(), "mật khẩu", "password"),
                new Sent("danh-muc.xls", SampleWorkbooks.encryptedXls(), "mật khẩu", "password"))) {
            JsonNode problem = api.call(ADMIN, upload(sent.name(), sent.content()), 400);
            JsonNode error = problem.get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("file");
            assertThat(error.get("message").asString()).as(sent.name()).contains(sent.vi());
            assertThat(error.get("messageEn").asString()).as(sent.name()).contains(sent.en());
            assertThat(problem.toString()).doesNotContain("org.", "Exception", "POI", "ZipSecureFile", "xmlbeans");
        }
    }

    private static MockMultipartHttpServletRequestBuilder upload(String csv) {
        return upload("danh-muc.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content) {
        return MockMvcRequestBuilders.multipart("/api/v1/reference/units/catalogue")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
    }

    private static List<ConsumerRecord<String, String>> keyed(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }
}
