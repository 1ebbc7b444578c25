package vn.taphuan.kit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class ProjectionStoreTest {

    @Autowired
    ProjectionStore projections;

    @Test
    void onlyANewerSourceVersionChangesTheDocument() {
        assertThat(projections.upsertIfNewer("facts", "f1", 2, Map.of("status", "ENROLLED"))).isTrue();
        assertThat(projections.upsertIfNewer("facts", "f1", 2, Map.of("status", "ENROLLED"))).isFalse();
        assertThat(projections.upsertIfNewer("facts", "f1", 1, Map.of("status", "OLD"))).isFalse();
        assertThat(projections.findById("facts", "f1").getString("status")).isEqualTo("ENROLLED");

        assertThat(projections.upsertIfNewer("facts", "f1", 5, Map.of("status", "COMPLETED"))).isTrue();
        assertThat(projections.findById("facts", "f1").getString("status")).isEqualTo("COMPLETED");
        assertThat(projections.findById("facts", "f1").getLong(ProjectionStore.SOURCE_VERSION)).isEqualTo(5);
    }
}
