package vn.taphuan.kit.store;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;

import java.util.ArrayList;
import java.util.List;

/**
 * Unordered bulk writes in which a duplicate key is an answer, not a failure: an entry already there (an audit entry
 * moved before, an event already processed), a document another writer created first. Every other write of the bulk
 * is carried out; any other error is thrown.
 */
public final class BulkWrites {

    private BulkWrites() {
    }

    /**
     * What an unordered bulk write did.
     *
     * @param result     what the store reported, or null when some writes were refused as duplicate keys
     * @param duplicates the positions, in the bulk, of the writes refused as duplicate keys
     */
    public record Outcome(BulkWriteResult result, List<Integer> duplicates) {

        /** Documents inserted and modified; -1 when some writes were refused (the caller counts what is stored). */
        public long written() {
            return result == null ? -1 : result.getInsertedCount() + result.getModifiedCount();
        }
    }

    public static Outcome execute(BulkOperations bulk) {
        try {
            return new Outcome(bulk.execute(), List.of());
        } catch (BulkOperationException e) {
            List<Integer> duplicates = new ArrayList<>();
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(error.getIndex());
            }
            return new Outcome(null, duplicates);
        }
    }
}
