package vn.taphuan.enrolment.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.taphuan.kit.sheet.SheetReader;
import vn.taphuan.kit.store.WrittenWhole;

/**
 * One upload of an attendance sheet for an activity, and its report: how far it got, what was accepted, and every
 * rejected row with the column and the reason, in Vietnamese and English. Importing the same sheet again is safe:
 * people already enrolled are recognised, and only attendance that changed is recorded. Its progress is set as it
 * goes, outside its own writes ({@code AggregateStore.touch}): those are written whole, so they still win over it.
 */
@WrittenWhole
public class ImportJob {

    /** Beyond this many row errors only the counts go on (a sheet of 20,000 bad rows would not fit a document). */
    static final int MAX_ERRORS_KEPT = 10_000;

    private String id;
    private String tenantId;
    private long version;
    private String trainingEventId;
    private String fileName;
    private String startedBy;
    private ImportStatus status;
    private Instant startedAt;
    private Instant finishedAt;
    /** Last sign of life of the thread importing; an import silent for long was interrupted (a restart). */
    private Instant heartbeatAt;
    private int headerRow;
    private List<String> headers;
    private int totalRows;
    private int processedRows;
    private int acceptedRows;
    private int rejectedRows;
    private int participantsCreated;
    private int participantsUpdated;
    private int enrolled;
    private int alreadyEnrolled;
    private int attendanceChanged;
    private boolean errorsTruncated;
    private List<RowError> errors = new ArrayList<>();
    private List<RejectedRow> rejected = new ArrayList<>();
    private String failure;

    ImportJob() {
    }

    static ImportJob start(String id, String tenantId, String trainingEventId, String fileName, String startedBy,
                           int headerRow, List<String> headers, int totalRows, Instant now) {
        ImportJob job = new ImportJob();
        job.id = id;
        job.tenantId = tenantId;
        job.trainingEventId = trainingEventId;
        job.fileName = fileName;
        job.startedBy = startedBy;
        job.status = ImportStatus.RUNNING;
        job.startedAt = now;
        job.heartbeatAt = now;
        job.headerRow = headerRow;
        job.headers = List.copyOf(headers);
        job.totalRows = totalRows;
        return job;
    }

    /** A row not imported, with every reason found in it. */
    void reject(SheetReader.SheetRow row, List<RowError> reasons) {
        rejectedRows++;
        processedRows++;
        if (errors.size() + reasons.size() > MAX_ERRORS_KEPT) {
            errorsTruncated = true;
            return;
        }
        errors.addAll(reasons);
        rejected.add(new RejectedRow(row.number(), row.cells()));
    }

    void acceptedNew() {
        acceptedRows++;
        processedRows++;
        enrolled++;
    }

    void acceptedKnown(int attendanceChanges) {
        acceptedRows++;
        processedRows++;
        alreadyEnrolled++;
        attendanceChanged += attendanceChanges;
    }

    void attendanceOfNew(int marks) {
        attendanceChanged += marks;
    }

    void participants(int created, int updated) {
        participantsCreated += created;
        participantsUpdated += updated;
    }

    /** True when the import still shows as running but nothing has moved since {@code silence} before {@code now}. */
    boolean interrupted(Instant now, Duration silence) {
        return status == ImportStatus.RUNNING && heartbeatAt.plus(silence).isBefore(now);
    }

    void finish(Instant now) {
        status = ImportStatus.DONE;
        finishedAt = now;
    }

    void fail(String reason, Instant now) {
        status = ImportStatus.FAILED;
        failure = reason;
        finishedAt = now;
    }

    /**
     * One problem in one cell (or row) of the sheet.
     *
     * @param row       row number as Excel shows it
     * @param column    header of the column, as in the sheet
     * @param message   the reason, in Vietnamese
     * @param messageEn the reason, in English
     */
    public record RowError(int row, String column, String message, String messageEn) {
    }

    /** A rejected row as it was in the sheet, for the downloadable error report. */
    public record RejectedRow(int row, List<String> cells) {
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String trainingEventId() {
        return trainingEventId;
    }

    public String fileName() {
        return fileName;
    }

    public String startedBy() {
        return startedBy;
    }

    public ImportStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Long elapsedMillis() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt).toMillis();
    }

    public int headerRow() {
        return headerRow;
    }

    public List<String> headers() {
        return headers;
    }

    public int totalRows() {
        return totalRows;
    }

    public int processedRows() {
        return processedRows;
    }

    public int acceptedRows() {
        return acceptedRows;
    }

    public int rejectedRows() {
        return rejectedRows;
    }

    public int participantsCreated() {
        return participantsCreated;
    }

    public int participantsUpdated() {
        return participantsUpdated;
    }

    public int enrolled() {
        return enrolled;
    }

    public int alreadyEnrolled() {
        return alreadyEnrolled;
    }

    public int attendanceChanged() {
        return attendanceChanged;
    }

    public boolean errorsTruncated() {
        return errorsTruncated;
    }

    public List<RowError> errors() {
        return List.copyOf(errors);
    }

    public List<RejectedRow> rejected() {
        return List.copyOf(rejected);
    }

    public String failure() {
        return failure;
    }
}
