package vn.taphuan.reporting.scope;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TenantLineageTest {

    /** Bắc Giang merged into Bắc Ninh; an imaginary chain c ← b ← a; Thanh Hóa on its own. */
    final TenantLineage lineage = new TenantLineage(Map.of(
            "bac-ninh", List.of("bac-giang"), "bac-giang", List.of(), "thanh-hoa", List.of(),
            "c", List.of("b"), "b", List.of("a"), "a", List.of()));

    @Test
    void aMergedProvinceReportsItsPredecessorsHistoryTransitively() {
        assertThat(lineage.scopeOf("bac-ninh")).containsExactly("bac-giang", "bac-ninh");
        assertThat(lineage.scopeOf("c")).containsExactly("a", "b", "c");
        assertThat(lineage.scopeOf("bac-giang")).containsExactly("bac-giang");
    }

    @Test
    void aChangeUnderAPredecessorIsSeenByEveryHeir() {
        assertThat(lineage.heirsOf("bac-giang")).containsExactly("bac-giang", "bac-ninh");
        assertThat(lineage.heirsOf("a")).containsExactly("a", "b", "c");
    }

    @Test
    void nationallyAMergedProvinceCountsOnlyUnderItsHeir() {
        assertThat(lineage.reportingTenants(List.of("bac-ninh", "bac-giang", "thanh-hoa", "a", "b", "c")))
                .containsExactly("bac-ninh", "c", "thanh-hoa");
    }
}
