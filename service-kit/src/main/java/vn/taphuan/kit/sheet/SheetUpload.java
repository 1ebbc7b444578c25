package vn.taphuan.kit.sheet;

import vn.taphuan.kit.sheet.SheetReader.SheetRow;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The rows of one uploaded sheet, holding one of the service's few places for sheets until closed: close it when
 * the rows have been used (imported in the background, if so), so that sheets waiting in memory stay few.
 */
public final class SheetUpload implements AutoCloseable {

    private final List<SheetRow> rows;
    private final Runnable release;
    private final AtomicBoolean closed = new AtomicBoolean();

    SheetUpload(List<SheetRow> rows, Runnable release) {
        this.rows = List.copyOf(rows);
        this.release = release;
    }

    /** The rows with content, in order, each with the number Excel shows; blank rows are left out. */
    public List<SheetRow> rows() {
        return rows;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release.run();
        }
    }
}
