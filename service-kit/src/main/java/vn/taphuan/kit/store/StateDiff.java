package vn.taphuan.kit.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The smallest update that turns an aggregate's stored state into its new state, field by field and list element by
 * list element, with exactly the effect of setting each of its top-level fields whole (what
 * {@link AggregateStore} wrote before): a field left as it was is not sent, an entry changed in a list of hundreds
 * is sent alone, entries added at a list's end are pushed. A plan's budget or a roster page is hundreds of
 * kilobytes of which a command changes a few entries; a real MongoDB also keeps only this in its oplog.
 * <p>
 * Values are compared with {@code equals}: a value told equal is the stored one, so leaving it is exact; one of another
 * type (a long for an int) or without value equality (a byte array) is set again, which is never wrong.
 * <p>
 * A changed value of at most {@value #SMALL} values (a learner's entry, a line's amounts) is set whole rather than
 * field by field: the embedded store walks every step of every path with two regular expressions it compiles on the
 * spot (a JFR profile of a 100,000 person-turn load put a fifth of its time there), so one short path with a few
 * hundred bytes costs it less than several long ones; a real MongoDB pays only those bytes.
 */
final class StateDiff {

    /** The most values a changed document or list may hold to be set whole. */
    static final int SMALL = 16;

    private StateDiff() {
    }

    /**
     * Adds to {@code update} what turns {@code stored} into {@code state} for the top-level fields of {@code state}
     * but {@code kept} (those the caller writes itself); a top-level field absent from {@code state} stays as it is
     * stored, as a whole-field set would leave it.
     */
    static void add(Update update, Document stored, Document state, Set<String> kept) {
        state.forEach((field, value) -> {
            if (!kept.contains(field)) {
                diff(update, field, stored.get(field), stored.containsKey(field), value);
            }
        });
    }

    /**
     * Adds to {@code update} what turns document {@code stored} into {@code replacement} with exactly the effect of
     * replacing it (its id kept): as {@link #add}, and a top-level field the replacement lacks is removed.
     */
    static void replacing(Update update, Document stored, Document replacement) {
        add(update, stored, replacement, Set.of("_id"));
        stored.keySet().stream().filter(field -> !field.equals("_id") && !replacement.containsKey(field))
                .forEach(update::unset);
    }

    private static void diff(Update update, String path, Object before, boolean existed, Object after) {
        if (existed && Objects.equals(before, after)) {
            return;
        }
        if (values(after, SMALL) <= SMALL) {
            update.set(path, after);
            return;
        }
        if (before instanceof Document old && after instanceof Document now && pathSafe(old.keySet())
                && pathSafe(now.keySet())) {
            now.forEach((key, value) -> diff(update, path + "." + key, old.get(key), old.containsKey(key), value));
            old.keySet().stream().filter(key -> !now.containsKey(key)).forEach(key -> update.unset(path + "." + key));
            return;
        }
        if (before instanceof List<?> old && after instanceof List<?> now && !old.isEmpty()) {
            int common = Math.min(old.size(), now.size());
            if (now.size() > old.size() && old.equals(now.subList(0, common))) {
                update.push(path).each(now.subList(common, now.size()).toArray());
                return;
            }
            if (now.size() == old.size()) {
                for (int i = 0; i < common; i++) {
                    diff(update, path + "." + i, old.get(i), true, now.get(i));
                }
                return;
            }
        }
        update.set(path, after);
    }

    /** How many values {@code value} holds, nested entries each counted, up to just past {@code limit}. */
    private static int values(Object value, int limit) {
        if (value instanceof Document document) {
            return values(document.values(), limit);
        }
        if (value instanceof List<?> list) {
            return values(list, limit);
        }
        return 1;
    }

    private static int values(Collection<?> entries, int limit) {
        int count = 0;
        for (Object entry : entries) {
            count += values(entry, limit - count);
            if (count > limit) {
                return count;
            }
        }
        return count;
    }

    /** Whether every key can be a step of a field path (no dot, no leading dollar, not empty). */
    private static boolean pathSafe(Set<String> keys) {
        for (String key : keys) {
            if (key.isEmpty() || key.indexOf('.') >= 0 || key.startsWith("$")) {
                return false;
            }
        }
        return true;
    }

    /** The stored state after {@link #add}'s update: what a later diff starts from. */
    static Document applied(Document stored, Document state, Set<String> kept) {
        Document after = new Document(stored);
        state.forEach((field, value) -> {
            if (!kept.contains(field)) {
                after.put(field, value);
            }
        });
        return after;
    }
}
