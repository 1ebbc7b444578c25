package vn.taphuan.kit;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.kit.store.TenantProjections;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A province's projections cannot be read or written for another province: every way in takes the tenant from the
 * context, two provinces may use the same ids, and a query naming another tenant matches nothing.
 */
@ServiceIntegrationTest
class TenantProjectionsTest {

    @Autowired
    TenantProjections projections;
    @Autowired
    ProjectionStore raw;

    private String collection;

    @BeforeEach
    void twoProvincesWithTheSamePlanId() {
        collection = "facts_" + UUID.randomUUID().toString().substring(0, 8);
        as("bac-giang", () -> projections.upsertIfNewer(collection, "plan-1", 1,
                Map.of("planId", "plan-1", "line", "community", "title", "Bắc Giang 2023")));
        as("bac-giang", () -> projections.upsertIfNewer(collection, "plan-2", 1,
                Map.of("planId", "plan-2", "line", "cadre", "title", "Bắc Giang 2024")));
        as("thanh-hoa", () -> projections.upsertIfNewer(collection, "plan-1", 1,
                Map.of("planId", "plan-1", "line", "community", "title", "Thanh Hóa 2023")));
    }

    @Test
    void theSameIdInTwoProvincesIsTwoDocumentsEachSeenOnlyByItsProvince() {
        assertThat(as("bac-giang", () -> projections.findById(collection, "plan-1")).orElseThrow().getString("title"))
                .isEqualTo("Bắc Giang 2023");
        assertThat(as("thanh-hoa", () -> projections.findById(collection, "plan-1")).orElseThrow().getString("title"))
                .isEqualTo("Thanh Hóa 2023");
        assertThat(as("thanh-hoa", () -> projections.findById(collection, "plan-2"))).isEmpty();
        assertThat(raw.find(collection, new Criteria())).extracting(d -> d.getString("_id"))
                .containsExactlyInAnyOrder("bac-giang:plan-1", "bac-giang:plan-2", "thanh-hoa:plan-1");
        assertThat(TenantProjections.localId(raw.findById(collection, "thanh-hoa:plan-1"))).isEqualTo("plan-1");

        // many by id at once: the province's own, keyed as the caller names them; the others' are not there
        Map<String, Document> ofThanhHoa = as("thanh-hoa",
                () -> projections.findAll(collection, List.of("plan-1", "plan-2", "plan-9")));
        assertThat(ofThanhHoa).containsOnlyKeys("plan-1");
        assertThat(ofThanhHoa.get("plan-1").getString("title")).isEqualTo("Thanh Hóa 2023");
        assertThat(as("bac-giang", () -> projections.findAll(collection, List.of("plan-1", "plan-2"))))
                .containsOnlyKeys("plan-1", "plan-2");
        assertThat(as("bac-giang", () -> projections.findAll(collection, List.of()))).isEmpty();
    }

    @Test
    void everyQueryIsTheCallersCriteriaWithinTheCurrentProvince() {
        Criteria all = new Criteria();
        assertThat(as("thanh-hoa", () -> projections.find(collection, all))).extracting(d -> d.getString("title"))
                .containsExactly("Thanh Hóa 2023");
        assertThat(as("bac-giang", () -> projections.find(collection, all, Sort.by("planId"), 1, 10)))
                .extracting(d -> d.getString("title")).containsExactly("Bắc Giang 2024");
        assertThat(as("bac-giang", () -> projections.count(collection, all))).isEqualTo(2);
        assertThat(as("thanh-hoa", () -> projections.distinct(collection, "planId", all, String.class)))
                .containsExactly("plan-1");
        assertThat(as("bac-giang", () -> projections.countBy(collection, all, "line")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("community", 1L, "cadre", 1L));
        assertThat(as("thanh-hoa", () -> projections.aggregate(collection, all,
                List.of(Aggregation.group("line").count().as("n"))))).hasSize(1);

        // naming another province in the criteria does not leave the scope: it matches nothing
        Criteria otherProvince = Criteria.where("tenantId").is("bac-giang");
        assertThat(as("thanh-hoa", () -> projections.find(collection, otherProvince))).isEmpty();
        assertThat(as("thanh-hoa", () -> projections.count(collection, otherProvince))).isZero();
        assertThat(as("thanh-hoa", () -> projections.countBy(collection, otherProvince, "line"))).isEmpty();
    }

    @Test
    void writesStayInTheCurrentProvinceAndOnlyNewerVersionsWin() {
        assertThat(as("thanh-hoa", () -> projections.upsertIfNewer(collection, "plan-1", 2,
                Map.of("title", "Thanh Hóa 2023 (điều chỉnh)")))).isTrue();
        assertThat(as("thanh-hoa", () -> projections.upsertIfNewer(collection, "plan-1", 2,
                Map.of("title", "again")))).isFalse();
        assertThat(as("bac-giang", () -> projections.findById(collection, "plan-1")).orElseThrow().getString("title"))
                .isEqualTo("Bắc Giang 2023");

        // a section guarded by its own version lands beside the other, in the same province only
        assertThat(as("thanh-hoa", () -> projections.upsertIfNewer(collection, "plan-1", "closureVersion", 1,
                Map.of("closedOn", "2023-12-31")))).isTrue();
        assertThat(as("thanh-hoa", () -> projections.findById(collection, "plan-1")).orElseThrow())
                .containsEntry("title", "Thanh Hóa 2023 (điều chỉnh)").containsEntry("closedOn", "2023-12-31");
        assertThat(as("bac-giang", () -> projections.findById(collection, "plan-1")).orElseThrow())
                .doesNotContainKey("closedOn");

        assertThat(as("bac-giang", () -> projections.increment(collection, "certificates-2023", "last", 3))).isEqualTo(3);
        assertThat(as("thanh-hoa", () -> projections.increment(collection, "certificates-2023", "last", 1))).isEqualTo(1);
        assertThat(as("bac-giang", () -> projections.increment(collection, "certificates-2023", "last", 2))).isEqualTo(5);
    }

    @Test
    void nothingIsReachedWithoutAProvinceAndTheStoresOwnFieldsAreNotTheCallers() {
        assertThatThrownBy(() -> projections.findById(collection, "plan-1")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> projections.find(collection, new Criteria())).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> projections.findAll(collection, List.of("plan-1"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> projections.count(collection, new Criteria())).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> projections.upsertIfNewer(collection, "x", 1, Map.of())).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> projections.increment(collection, "x", "n", 1)).isInstanceOf(InvalidInput.class);

        assertThatThrownBy(() -> as("thanh-hoa", () -> projections.upsertIfNewer(collection, "plan-1", 9,
                Map.of("tenantId", "bac-giang")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as("thanh-hoa", () -> projections.aggregate(collection, new Criteria(),
                List.of(Aggregation.lookup("other", "planId", "planId", "joined")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as("thanh-hoa", () -> projections.aggregate(collection, new Criteria(),
                List.of(Aggregation.out("copy"))))).isInstanceOf(IllegalArgumentException.class);
    }

    private static <T> T as(String tenant, Supplier<T> work) {
        try (TenantContext.Scope ignored = TenantContext.open(tenant)) {
            return work.get();
        }
    }
}
