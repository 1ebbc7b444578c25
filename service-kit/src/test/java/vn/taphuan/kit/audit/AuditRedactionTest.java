package vn.taphuan.kit.audit;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRedactionTest {

    @Test
    void redactedFieldsLoseTheirValuesAtAnyDepthAndTheRestIsKept() {
        String body = "{\"participant\":{\"fullName\":\"Lò Thị Ánh\",\"nationalId\":\"024185000001\"},"
                + "\"people\":[{\"nationalId\":\"024185000002\"},{\"nationalId\":null}],\"nationalId\":\"1\"}";
        String redacted = AuditRecorder.redact(body, Set.of("nationalId"));
        assertThat(redacted).doesNotContain("024185000001", "024185000002", "\"1\"")
                .contains("\"fullName\":\"Lò Thị Ánh\"", "\"nationalId\":\"***\"", "\"nationalId\":null");
    }

    @Test
    void secretsNeverReachTheTrailWhateverTheServiceConfigured() {
        String body = """
                {"tenantId":"bac-ninh","administrator":{"username":"admin@bac-ninh","password":"Mật\\"khẩu-123","name":"A"},
                 "clientSecret" : "s3cr3t","refresh_token":"abc","note":"password là bắt buộc"}""";

        String redacted = AuditRecorder.redact(body, Set.of());

        assertThat(redacted).doesNotContain("Mật").doesNotContain("s3cr3t").doesNotContain("abc")
                .contains("\"password\":\"***\"", "\"clientSecret\":\"***\"", "\"refresh_token\":\"***\"")
                .contains("\"username\":\"admin@bac-ninh\"", "\"note\":\"password là bắt buộc\"");
    }

    @Test
    void aBodyWithNothingSecretIsKeptAndABodyThatIsNotJsonIsNot() {
        assertThat(AuditRecorder.redact("{\"a\":1}", Set.of())).isEqualTo("{\"a\":1}");
        assertThat(AuditRecorder.redact("{\"version\":1,\"reason\":\"Sáp nhập\"}", Set.of("nationalId")))
                .isEqualTo("{\"version\":1,\"reason\":\"Sáp nhập\"}");
        assertThat(AuditRecorder.redact("nationalId=024185000001", Set.of("nationalId"))).isEqualTo("***");
        assertThat(AuditRecorder.redact(null, Set.of("nationalId"))).isNull();
    }
}
