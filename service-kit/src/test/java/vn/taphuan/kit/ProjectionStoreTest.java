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

    @Test
    void eachSectionOfADocumentIsGuardedByItsOwnVersion() {
        assertThat(projections.upsertIfNewer("facts", "f2", "statusVersion", 5, Map.of("status", "COMPLETED"))).isTrue();
        // another section, first written by an older event, still lands
        assertThat(projections.upsertIfNewer("facts", "f2", "attendanceVersion", 2, Map.of("attended", 1))).isTrue();
        assertThat(projections.upsertIfNewer("facts", "f2", "statusVersion", 1, Map.of("status", "ENROLLED"))).isFalse();
        assertThat(projections.upsertIfNewer("facts", "f2", "attendanceVersion", 2, Map.of("attended", 9))).isFalse();
        assertThat(projections.upsertIfNewer("facts", "f2", "attendanceVersion", 3, Map.of("attended", 2))).isTrue();

        var stored = projections.findById("facts", "f2");
        assertThat(stored.getString("status")).isEqualTo("COMPLETED");
        assertThat(stored.getInteger("attended")).isEqualTo(2);
        assertThat(stored.getLong("statusVersion")).isEqualTo(5);
        assertThat(stored.getLong("attendanceVersion")).isEqualTo(3);
    }
}
