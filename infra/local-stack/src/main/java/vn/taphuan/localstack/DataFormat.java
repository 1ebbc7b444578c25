package vn.taphuan.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which layout of the stored data the data directory holds. Version 2 keeps enrolments on roster pages and
 * reporting's facts by plan, page and person; a directory of an earlier version cannot be read by these services, and
 * is refused with what to do, rather than failing in the services half-way through a start.
 */
final class DataFormat {

    static final int CURRENT = 2;
    private static final String FILE = "FORMAT";

    /** Marks a new data directory with the current layout; refuses one of an earlier layout. */
    static void require(Path data) throws IOException {
        Path marker = data.resolve(FILE);
        boolean holdsData = Files.exists(data.resolve("mongo")) || Files.exists(data.resolve("kafka"));
        if (Files.exists(marker)) {
            int version = Integer.parseInt(Files.readString(marker).trim());
            if (version == CURRENT) {
                return;
            }
            throw outdated(data, version);
        }
        if (holdsData) {
            throw outdated(data, 1);
        }
        Files.createDirectories(data);
        Files.writeString(marker, CURRENT + "\n");
    }

    private static IllegalStateException outdated(Path data, int version) {
        return new IllegalStateException("thư mục dữ liệu " + data + " có định dạng cũ (" + version + "); hãy xóa hoặc "
                + "đổi tên nó rồi chạy lại (the data directory " + data + " holds data of an earlier layout, version "
                + version + ": delete or rename it, then start again; this version keeps enrolments on roster pages)");
    }

    private DataFormat() {
    }
}
