package vn.taphuan.kit.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRecorderTest {

    @Test
    void secretsInACommandBodyNeverReachTheTrail() {
        String body = """
                {"tenantId":"bac-ninh","administrator":{"username":"admin@bac-ninh","password":"Mật\\"khẩu-123","name":"A"},
                 "clientSecret" : "s3cr3t","refresh_token":"abc","note":"password là bắt buộc"}""";

        String redacted = AuditRecorder.redactSecrets(body);

        assertThat(redacted).doesNotContain("Mật").doesNotContain("s3cr3t").doesNotContain("abc")
                .contains("\"password\":\"***\"", "\"clientSecret\" : \"***\"", "\"refresh_token\":\"***\"")
                .contains("\"username\":\"admin@bac-ninh\"", "\"note\":\"password là bắt buộc\"");
    }

    @Test
    void aBodyWithoutSecretsIsKeptAsItIs() {
        String body = "{\"version\":1,\"reason\":\"Sáp nhập\"}";

        assertThat(AuditRecorder.redactSecrets(body)).isEqualTo(body);
        assertThat(AuditRecorder.redactSecrets(null)).isNull();
    }
}
