package vn.taphuan.localstack;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's page format for documents: BSON, written whole even while a worker changes the document in place. */
class BsonDocumentTypeTest {

    @Test
    void aDocumentChangedInPlaceWhileItsPageIsWrittenIsWrittenWholeAndReadBackAsItEndedUp() throws Exception {
        BsonDocumentType type = new BsonDocumentType();
        Document document = new Document("_id", "p-1").append("counts", new Document("women", 0));
        AtomicBoolean writing = new AtomicBoolean(true);
        // the library's way of updating: fields of the stored instance added, replaced and removed
        CompletableFuture<Void> worker = CompletableFuture.runAsync(() -> {
            for (int i = 0; writing.get(); i++) {
                document.put("f" + (i % 50), "value " + i);
                ((Document) document.get("counts")).put("women", i);
                document.remove("f" + ((i + 25) % 50));
            }
        });
        try {
            for (int i = 0; i < 2_000; i++) {
                WriteBuffer buffer = new WriteBuffer();
                type.write(buffer, document);
                Object read = type.read(buffer.getBuffer().flip());
                assertThat(read).isInstanceOf(Document.class);
                assertThat(((Document) read).get("_id")).isEqualTo("p-1");
            }
        } finally {
            writing.set(false);
            worker.get();
        }
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, document);
        assertThat(type.read(buffer.getBuffer().flip())).isEqualTo(document);
    }

    @Test
    void aValueThatIsNotADocumentKeepsH2sFormat() {
        BsonDocumentType type = new BsonDocumentType();
        for (Object value : List.of("text", 42L, List.of(1, 2))) {
            WriteBuffer buffer = new WriteBuffer();
            type.write(buffer, value);
            assertThat(type.read(buffer.getBuffer().flip())).isEqualTo(value);
        }
    }
}
