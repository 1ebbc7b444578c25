package vn.taphuan.localstack;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@code ./run-local.sh} makes of its environment, without starting anything. */
class LocalStackSettingsTest {

    @Test
    void everythingListensOnThisMachineOnlyUnlessTheBindAddressSaysOtherwise() {
        LocalStack.Settings local = LocalStack.Settings.fromEnvironment(Map.<String, String>of()::get);
        assertThat(local.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(local.servicePort("plan")).isEqualTo(8081);
        assertThat(local.managementPort("plan")).isEqualTo(9081);
        assertThat(local.managementPort("reporting")).isEqualTo(9084);

        LocalStack.Settings everywhere = LocalStack.Settings.fromEnvironment(Map.of("TAPHUAN_BIND_ADDRESS", "0.0.0.0",
                "FIRST_SERVICE_PORT", "18081")::get);
        assertThat(everywhere.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(everywhere.managementPort("budget")).isEqualTo(19083);
        assertThat(LocalStack.clientHost("0.0.0.0")).isEqualTo("127.0.0.1");
        assertThat(LocalStack.clientHost("127.0.0.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void replicasListenAStepAboveTheFirstProcessesNeverOnTheBrokersOrTheIssuersPort() {
        LocalStack.Settings one = LocalStack.Settings.fromEnvironment(Map.<String, String>of()::get);
        assertThat(one.replicas()).isEqualTo(1);

        LocalStack.Settings two = one.withArguments("--replicas", "2");
        assertThat(two.replicas()).isEqualTo(2);
        assertThat(two.servicePort("plan", 2)).isEqualTo(8181);
        assertThat(two.servicePort("reporting", 2)).isEqualTo(8184);
        assertThat(two.managementPort("enrolment", 2)).isEqualTo(9182);
        for (String service : LocalStack.SERVICES) {
            for (int replica = 1; replica <= LocalStack.Settings.MAX_REPLICAS; replica++) {
                assertThat(two.managementPort(service, replica)).isNotIn(9000, 9092, 9093, 27017);
            }
        }
        assertThat(LocalStack.Settings.fromEnvironment(Map.of("TAPHUAN_REPLICAS", "3")::get).replicas()).isEqualTo(3);
        assertThat(one.withArguments("--replicas=4").replicas()).isEqualTo(4);
    }

    @Test
    void extraServiceEnvironmentEntriesAddUpAndSurviveTheOtherAdjustments() {
        LocalStack.Settings one = LocalStack.Settings.fromEnvironment(Map.<String, String>of()::get);
        assertThat(one.extraEnvironment()).isEmpty();

        LocalStack.Settings measured = one.withServiceEnvironment("TAPHUAN_KIT_STORE_TRAFFIC_METER", "true")
                .withServiceEnvironment("LOG_FORMAT", "json").withoutDemo().withServersFromEnvironment()
                .withArguments("--replicas", "2");

        assertThat(measured.extraEnvironment()).containsExactly(Map.entry("TAPHUAN_KIT_STORE_TRAFFIC_METER", "true"),
                Map.entry("LOG_FORMAT", "json"));
        assertThat(measured.replicas()).isEqualTo(2);
        assertThat(measured.loadDemo()).isFalse();
        assertThat(one.extraEnvironment()).as("the settings it was made from are unchanged").isEmpty();
    }

    @Test
    void aReplicaCountOutOfRangeOrAnUnknownArgumentIsRefusedSayingWhy() {
        LocalStack.Settings one = LocalStack.Settings.fromEnvironment(Map.<String, String>of()::get);
        assertThatThrownBy(() -> one.withArguments("--replicas", "0")).hasMessageContaining("from 1 to 9");
        assertThatThrownBy(() -> one.withArguments("--replicas", "two")).hasMessageContaining("not two");
        assertThatThrownBy(() -> one.withArguments("--replica", "2")).hasMessageContaining("unknown argument --replica");
    }

    @Test
    void onTheEmbeddedStoreAndBrokerNoServiceSignsIn() {
        Map<String, String> plan = LocalStack.serviceEnvironment("plan", "mongodb://127.0.0.1:27017",
                "127.0.0.1:9092", Map.<String, String>of()::get);
        assertThat(plan).containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017/plan")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .doesNotContainKeys("KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_JAAS_CONFIG");
    }

    @Test
    void onDockerComposeEachServiceSignsInAsItselfWithThePasswordsOfDotEnv() {
        Map<String, String> variables = Map.of("BUDGET_SERVICE_MONGODB_PASSWORD", "m0ngo",
                "BUDGET_SERVICE_KAFKA_PASSWORD", "k4fka", "PLAN_SERVICE_KAFKA_PASSWORD", "other");
        Map<String, String> budget = LocalStack.serviceEnvironment("budget", "mongodb://localhost:27017",
                "localhost:9092", variables::get);
        assertThat(budget).containsEntry("MONGODB_URI",
                        "mongodb://budget-service:m0ngo@localhost:27017/budget?authSource=admin")
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                .containsEntry("KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule"
                        + " required username=\"budget-service\" password=\"k4fka\";");
    }
}
