package vn.taphuan.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * mongo-java-server's H2 backend with unique indexes H2 can order without serialising their keys.
 * <p>
 * The library keeps each unique index in an H2 map keyed by its {@link KeyValue}, which is not {@code Comparable}: H2
 * then orders two keys by writing both with Java object serialisation and comparing the bytes — at every step of every
 * binary search of every insert, update and lookup by key (a JFR profile of the benchmark put a third of the store's
 * time there). Every write of the services pays it once per unique index of its document (the document's id, the
 * compare-and-set index, the lookup keys), so the store's rate fell with each index. Here the index maps order keys by
 * their values instead ({@link KeyOrder}), and write them as BSON rather than with Java serialisation.
 * <p>
 * A map's order is part of its file: a store written with the library's order is re-indexed once, when it is first
 * opened here (its entries read in their stored order, which needs no comparison, and written again), and marked so.
 * <p>
 * Its collections keep their documents as BSON ({@link BsonDocumentType}) instead of H2's Java serialisation; a
 * store written before is likewise rewritten once, collection by collection, when first opened here, and marked so.
 */
final class OrderedKeysH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(OrderedKeysH2Backend.class);

    /** Where the store says which order its index maps are in. */
    static final String ORDER_MARK = "taphuan.index-order";
    /** values-1: ordered by value; values-2: and written as BSON. */
    private static final String ORDER = "values-2";
    private static final String INDEX_MAP = "._index_";
    /** The library's prefix of a collection's document map (package-private there). */
    private static final String DOCUMENT_MAPS = "databases.";
    private static final String DOCUMENT_FORMAT = "bson-1";

    private OrderedKeysH2Backend(MVStore store) {
        super(store);
    }

    /** Opens the backend on {@code store}, re-indexing it first if its index maps are in the library's order. */
    static OrderedKeysH2Backend open(MVStore store) {
        reindexIfNeeded(store);
        rewriteDocumentsIfNeeded(store);
        return new OrderedKeysH2Backend(store);
    }

    static MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>()
                .valueType(new BsonDocumentType()));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    private static void reindexIfNeeded(MVStore store) {
        MVMap<String, String> mark = store.openMap(ORDER_MARK);
        if (ORDER.equals(mark.get("order"))) {
            return;
        }
        List<String> indexes = store.getMapNames().stream().filter(name -> name.contains(INDEX_MAP)).toList();
        for (String name : indexes) {
            MVMap<Object, Object> old = store.openMap(name);
            Map<Object, Object> entries = new LinkedHashMap<>();
            old.entrySet().forEach(e -> entries.put(e.getKey(), e.getValue()));
            store.removeMap(old);
            MVMap<KeyValue, Object> ordered = store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(new KeyOrder()));
            entries.forEach((key, value) -> ordered.put((KeyValue) key, value));
        }
        mark.put("order", ORDER);
        store.commit();
        if (!indexes.isEmpty()) {
            log.info("re-indexed {} unique indexes in the order of their values", indexes.size());
        }
    }

    /** Rewrites each collection's documents as BSON if the store still holds them in H2's Java serialisation. */
    private static void rewriteDocumentsIfNeeded(MVStore store) {
        MVMap<String, String> mark = store.openMap(ORDER_MARK);
        if (DOCUMENT_FORMAT.equals(mark.get("documents"))) {
            return;
        }
        List<String> collections = store.getMapNames().stream().filter(name -> name.startsWith(DOCUMENT_MAPS)).toList();
        for (String name : collections) {
            MVMap<Object, Object> old = store.openMap(name);
            // outside the library's prefix, so that a rewrite cut short is never taken for a collection
            String rewritten = "taphuan.rewrite." + name;
            store.removeMap(rewritten);
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> copy = documents(store, rewritten);
            // a cursor reads the entries in their stored order, one page at a time
            Cursor<Object, Object> entries = old.cursor(null);
            while (entries.hasNext()) {
                Object id = entries.next();
                copy.put(id, (de.bwaldvogel.mongo.bson.Document) entries.getValue());
            }
            store.removeMap(old);
            store.renameMap(copy, name);
        }
        mark.put("documents", DOCUMENT_FORMAT);
        store.commit();
        if (!collections.isEmpty()) {
            log.info("rewrote the documents of {} collections as BSON", collections.size());
        }
    }

    /**
     * A collection that does not keep its data size. The library encodes every document it inserts, and both the old
     * and new state of every document it updates, to BSON only to add up the bytes, then writes the sum to the
     * collection's meta map (a sixth of the store's update and insert time in a 100,000 person-turn profile);
     * nothing here asks for a collection's size, which would be reported as it stood when first opened here.
     */
    private static final class Collection extends H2Collection {

        Collection(MongoDatabase database, String name, CollectionOptions options,
                   MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents, MVMap<String, Object> meta,
                   CursorRegistry cursors) {
            super(database, name, options, documents, meta, cursors);
        }

        @Override
        protected boolean tracksDataSize() {
            return false;
        }
    }

    /**
     * A database whose unique indexes are kept in {@link KeyOrder}. An inner class: the library opens the indexes
     * from its constructor, before a field of this class could be set, while the enclosing backend is there already.
     */
    private final class Database extends H2Database {

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collection, CollectionOptions options) {
            // the library's own names for the maps, so that dropping or renaming the collection acts on them as before
            String name = getFullCollectionNamespace(collection);
            MVMap<String, Object> meta = getMvStore().openMap("meta." + name);
            return new Collection(this, collection, options, documents(getMvStore(), DOCUMENT_MAPS + name), meta,
                    getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collection, String index, List<IndexKey> keys,
                                                        boolean sparse) {
            // the library's own name for the map, so that dropping the index or the collection removes it as before
            MVMap<KeyValue, Object> map = getMvStore().openMap(getFullCollectionNamespace(collection) + INDEX_MAP
                    + index, new MVMap.Builder<KeyValue, Object>().keyType(new KeyOrder()));
            return new UniqueIndex(map, index, keys, sparse);
        }
    }

    /** The library's H2 unique index (whose constructor is not public), over a map in {@link KeyOrder}. */
    private static final class UniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> map;

        UniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
        }

        @Override
        protected Object removeDocument(KeyValue key) {
            return map.remove(key);
        }

        @Override
        protected boolean putKeyPosition(KeyValue key, Object position) {
            return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return map.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue key) {
            return map.get(key);
        }

        @Override
        public long getCount() {
            return map.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }

    /**
     * Orders index keys by their values, stores them as the library does. A total order that agrees with
     * {@code equals} (H2's maps need both): keys of plain values only — strings, numbers, booleans, null, the index
     * keys the services use — come first, compared value by value (type, then value); keys with other values
     * (documents, arrays, ids), and plain keys equal in value but not equal (a large long and the double next to it),
     * keep the library's order of their serialised bytes.
     */
    static final class KeyOrder extends ObjectDataType {

        /** A key of plain values as a BSON document of them (stores written before {@link #VALUES}). */
        private static final byte BSON = 1;
        private static final byte OTHER = 2;
        private static final byte VALUES = 3;

        /**
         * A key of plain values is written as its number of values and each value in H2's own format for strings,
         * numbers, booleans and null (Java serialisation of every key of every index page written, and read, was a
         * fifth of the store's time in a 100,000 person-turn profile; a BSON document of the values, built for each
         * key, still a third of the page writer's); any other key as H2 would.
         */
        @Override
        public void write(WriteBuffer buffer, Object value) {
            if (!(value instanceof KeyValue key) || !simple(key)) {
                buffer.put(OTHER);
                super.write(buffer, value);
                return;
            }
            buffer.put(VALUES).putVarInt(key.size());
            for (Object part : key) {
                super.write(buffer, part);
            }
        }

        /**
         * What a key of plain values takes on the heap, roughly. H2's own estimate for a value it serialises is a
         * running average of the sizes it wrote, which starts at 10,000 bytes and, with keys no longer written that
         * way, would stay there: its page cache then held a few hundred index pages and committed far more often.
         */
        @Override
        public int getMemory(Object value) {
            if (!(value instanceof KeyValue key) || !simple(key)) {
                return super.getMemory(value);
            }
            int memory = 48;
            for (Object part : key) {
                memory += part instanceof String text ? 48 + text.length() : 24;
            }
            return memory;
        }

        @Override
        public Object read(ByteBuffer buffer) {
            byte tag = buffer.get();
            switch (tag) {
                case VALUES -> {
                    int size = DataUtils.readVarInt(buffer);
                    Object[] parts = new Object[size];
                    for (int i = 0; i < size; i++) {
                        parts[i] = super.read(buffer);
                    }
                    return new KeyValue(Arrays.asList(parts));
                }
                case OTHER -> {
                    return super.read(buffer);
                }
                case BSON -> {
                    return new KeyValue(BsonDocumentType.readBson(buffer).values());
                }
                default -> throw new IllegalStateException("not an index key: tag " + tag);
            }
        }

        /** Whether H2's format gives each value back as it was: the plain values the services' keys are made of. */
        private static boolean simple(KeyValue key) {
            for (Object value : key) {
                if (value != null && !(value instanceof String) && !(value instanceof Integer)
                        && !(value instanceof Long) && !(value instanceof Double) && !(value instanceof Boolean)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int compare(Object a, Object b) {
            if (a == b) {
                return 0;
            }
            if (!(a instanceof KeyValue x) || !(b instanceof KeyValue y)) {
                return super.compare(a, b);
            }
            boolean plainX = plain(x);
            boolean plainY = plain(y);
            if (plainX != plainY) {
                return plainX ? -1 : 1;
            }
            if (plainX) {
                int n = Math.min(x.size(), y.size());
                for (int i = 0; i < n; i++) {
                    int c = compareValues(x.get(i), y.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                if (x.size() != y.size()) {
                    return Integer.compare(x.size(), y.size());
                }
                if (x.equals(y)) {
                    return 0;
                }
            }
            return super.compare(a, b);
        }

        private static boolean plain(KeyValue key) {
            for (Object value : key) {
                if (value != null && !(value instanceof String) && !(value instanceof Number)
                        && !(value instanceof Boolean) && !(value instanceof Missing)) {
                    return false;
                }
            }
            return true;
        }

        private static int compareValues(Object a, Object b) {
            int rank = Integer.compare(rank(a), rank(b));
            if (rank != 0) {
                return rank;
            }
            if (a instanceof String s) {
                return s.compareTo((String) b);
            }
            if (a instanceof Number n) {
                // one measure for every number, so that the order stays transitive across their types
                return Double.compare(n.doubleValue(), ((Number) b).doubleValue());
            }
            if (a instanceof Boolean t) {
                return Boolean.compare(t, (Boolean) b);
            }
            return 0;
        }

        private static int rank(Object value) {
            if (value == null || value instanceof Missing) {
                return 0;
            }
            if (value instanceof Number) {
                return 1;
            }
            return value instanceof String ? 2 : 3;
        }
    }

}
