package vn.taphuan.reporting.figures;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.progress.Figures;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.support.ReportingIntegrationTest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's figures are stored deflated; those a deployment stored as JSON text before are read as they are until
 * the plan's next write replaces them.
 */
@ReportingIntegrationTest
class StoredFiguresTest {

    @Autowired
    PlanFiguresStore figures;
    @Autowired
    FiguresRefresher refresher;
    @Autowired
    MongoTemplate mongo;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final PlanKey plan = new PlanKey("tinh-" + run, "kh-" + run);

    @Test
    void figuresStoredAsTextAreReadAndTheirNextWriteStoresThemDeflated() {
        // the service's own refresher waits meanwhile: this plan has no facts, it would store empty figures over these
        synchronized (refresher) {
            // a revision number taken from the store-wide counter, as every write of figures takes one
            long revision = mongo.findAndModify(Query.query(Criteria.where("_id").is("figures")),
                    new Update().inc("revision", 1L), FindAndModifyOptions.options().returnNew(true).upsert(true),
                    Document.class, "counters").get("revision", Number.class).longValue();
            mongo.insert(new Document("_id", plan.value()).append("tenantId", plan.tenantId())
                    .append("planId", plan.planId()).append("known", true).append("revision", revision)
                    .append("json", EventJson.mapper().writeValueAsString(figures("lưu dạng văn bản")))
                    .append("digest", "older").append("derivedAt", 0L), "plan_figures");
            mongo.upsert(Query.query(Criteria.where("_id").is("index")),
                    new Update().max("plans." + plan.value(), revision).max("revision", revision), "counters");
            figures.revisions();
            assertThat(figures.find(plan)).get().extracting(f -> f.plan().title()).isEqualTo("lưu dạng văn bản");

            assertThat(figures.save(figures("lưu nén"), 1)).isTrue();

            Document stored = mongo.findById(plan.value(), Document.class, "plan_figures");
            assertThat(stored).doesNotContainKey("json");
            String json = PlanFiguresStore.jsonOf(stored);
            assertThat(((Binary) stored.get("deflated")).getData().length)
                    .as("deflated, figures take a fraction of their JSON").isLessThan(json.length() * 2 / 3);
            assertThat(EventJson.mapper().readValue(json, PlanFigures.class)).isEqualTo(figures("lưu nén"));
            assertThat(figures.find(plan)).get().extracting(f -> f.plan().title()).isEqualTo("lưu nén");
        }
    }

    private PlanFigures figures(String title) {
        return new PlanFigures(plan.tenantId(), plan.planId(), new PlanFigures.PlanInfo("MTQG_NTM_2021_2025",
                "Chương trình MTQG xây dựng nông thôn mới", title, "UBND tỉnh", "01/KH-" + run, LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), 1,
                PlanFigures.PlanState.IN_FORCE, null, null, List.of()), Figures.empty(), List.of());
    }
}
