package vn.taphuan.kit.store;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import vn.taphuan.kit.support.Roster;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An aggregate's write sends what differs from the state it was read at, and leaves the store exactly as setting each
 * of its fields whole would.
 */
@ServiceIntegrationTest
class StateDiffTest {

    private static final String TENANT = "bac-giang";
    private static final Set<String> STORE_FIELDS = Set.of("_id", "version", "outbox", "tenantId", "pending");

    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KnownTenants tenants;

    @BeforeEach
    void tenant() {
        tenants.onboard(TENANT, "Bắc Giang", "24", List.of());
    }

    @Test
    void oneChangedEntryOfAHundredIsSentAloneAndEntriesAddedAtTheEndArePushed() {
        Document stored = roster(100);
        Document changed = roster(100);
        entries(changed).get(42).put("status", "COMPLETED");
        Update update = new Update();
        StateDiff.add(update, stored, changed, STORE_FIELDS);
        // a small entry (six values) is set whole: one short path costs the embedded store less than its fields' paths
        assertThat(update.getUpdateObject()).isEqualTo(new Document("$set",
                new Document("entries.42", entries(changed).get(42))));

        Document grown = roster(102);
        update = new Update();
        StateDiff.add(update, stored, grown, STORE_FIELDS);
        assertThat(update.getUpdateObject().keySet()).containsExactly("$push");
        Update.Modifier each = ((Update.Modifiers) update.getUpdateObject().get("$push", Document.class).get("entries"))
                .getModifiers().iterator().next();
        assertThat(each.getKey()).isEqualTo("$each");
        assertThat((Object[]) each.getValue()).extracting(e -> ((Document) e).getString("name"))
                .containsExactly("học viên 100", "học viên 101");

        Document removed = roster(100);
        entries(removed).get(7).remove("remark");
        removed.put("title", "đổi tên");
        update = new Update();
        StateDiff.add(update, stored, removed, STORE_FIELDS);
        assertThat(update.getUpdateObject()).isEqualTo(new Document("$set", new Document("title", "đổi tên")
                .append("entries.7", entries(removed).get(7))));
    }

    @Test
    void aLargeEntryIsStillSentFieldByField() {
        Document stored = roster(3);
        entries(stored).get(1).put("marks", new ArrayList<>(java.util.Collections.nCopies(40, 0)));
        Document changed = roster(3);
        List<Integer> marks = new ArrayList<>(java.util.Collections.nCopies(40, 0));
        marks.set(17, 1);
        entries(changed).get(1).put("marks", marks);
        entries(changed).get(1).remove("remark");
        Update update = new Update();
        StateDiff.add(update, stored, changed, STORE_FIELDS);
        assertThat(update.getUpdateObject()).isEqualTo(new Document("$set", new Document("entries.1.marks.17", 1))
                .append("$unset", new Document("entries.1.remark", 1)));
    }

    @Test
    void whateverACommandChangesTheStoredDocumentIsTheOneAWholeWriteLeaves() {
        Random random = new Random(7);
        String id = "roster-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            store.insert(new Roster(id, TENANT, "lớp 1"), id, List.of());
            List<Consumer<Roster>> changes = List.of(
                    roster -> roster.retitle("lớp " + random.nextInt(100)),
                    roster -> roster.note(random.nextBoolean() ? "ghi chú " + random.nextInt(9) : "đã xem"),
                    roster -> roster.entries().add(new Roster.Entry("học viên " + random.nextInt(1000), "ENROLLED")),
                    roster -> roster.entries().add(0, new Roster.Entry("đầu danh sách", "ENROLLED")),
                    roster -> pick(roster, random).status(random.nextBoolean() ? "COMPLETED" : "WITHDRAWN"),
                    roster -> pick(roster, random).remark(random.nextBoolean() ? "vắng " + random.nextInt(3) : null),
                    roster -> pick(roster, random).marks().add(random.nextInt(10)),
                    roster -> pick(roster, random).marks().clear(),
                    roster -> {
                        if (!roster.entries().isEmpty()) {
                            roster.entries().remove(random.nextInt(roster.entries().size()));
                        }
                    },
                    roster -> roster.entries().clear());
            for (int step = 0; step < 300; step++) {
                Consumer<Roster> change = changes.get(random.nextInt(changes.size()));
                Roster[] written = new Roster[1];
                store.execute(Roster.class, id, null, () -> null, roster -> {
                    change.accept(roster);
                    written[0] = roster;
                    return Decision.write(List.of());
                });
                Document state = new Document();
                mongo.getConverter().write(written[0], state);
                Document stored = mongo.findById(id, Document.class, "roster");
                int at = step;
                state.forEach((field, value) -> {
                    if (!STORE_FIELDS.contains(field)) {
                        assertThat(stored.get(field)).as("%s after change %d", field, at).isEqualTo(value);
                    }
                });
            }
        }
    }

    @Test
    void aProjectionDocumentWrittenAsADifferenceIsTheDocumentItsChangeReturned() {
        ProjectionStore projections = new ProjectionStore(mongo);
        Random random = new Random(11);
        String collection = "projection_diff";
        String id = "p-" + UUID.randomUUID();
        for (int step = 0; step < 200; step++) {
            Document[] expected = new Document[1];
            projections.modifyAll(collection, List.of(id), (key, current) -> {
                Document next = current != null ? current : new Document("entries", new Document());
                next.remove("_id");
                next.remove(ProjectionStore.REVISION);
                next.remove("_w");
                Document entries = next.get("entries", Document.class);
                String entry = "e" + random.nextInt(6);
                switch (random.nextInt(5)) {
                    case 0 -> entries.put(entry, new Document("v", random.nextInt(9)).append("list", List.of(1, 2)));
                    case 1 -> entries.remove(entry);
                    case 2 -> next.put("pending", List.of(new Document("batch", "b" + random.nextInt(3))));
                    case 3 -> next.remove("pending");
                    default -> next.put("title", "t" + random.nextInt(4));
                }
                expected[0] = new Document(next);
                return next;
            });
            Document stored = mongo.findById(id, Document.class, collection);
            stored.remove("_id");
            stored.remove(ProjectionStore.REVISION);
            stored.remove("_w");
            assertThat(stored).as("after change %d", step).isEqualTo(expected[0]);
        }
    }

    @Test
    void onlyAnAggregateWrittenWholeMayBeTouched() {
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            assertThatThrownBy(() -> store.touch(Roster.class, "any", java.util.Map.of("title", "x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WrittenWhole");
        }
    }

    private static Roster.Entry pick(Roster roster, Random random) {
        if (roster.entries().isEmpty()) {
            roster.entries().add(new Roster.Entry("học viên mới", "ENROLLED"));
        }
        return roster.entries().get(random.nextInt(roster.entries().size()));
    }

    private static Document roster(int entries) {
        List<Document> list = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            list.add(new Document("name", "học viên " + i).append("status", "ENROLLED").append("remark", "r" + i)
                    .append("marks", List.of(1, 2, 3)));
        }
        return new Document("_id", "r").append("tenantId", TENANT).append("version", 3L).append("title", "lớp")
                .append("entries", list);
    }

    private static List<Document> entries(Document roster) {
        return roster.getList("entries", Document.class);
    }
}
