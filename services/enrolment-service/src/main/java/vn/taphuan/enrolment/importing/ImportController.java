package vn.taphuan.enrolment.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.taphuan.enrolment.trainingevent.Shares;
import vn.taphuan.enrolment.trainingevent.TrainingEventService;
import vn.taphuan.kit.security.ProvinceRead;
import vn.taphuan.kit.security.ProvinceWrite;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

@RestController
@Tag(name = "Nhập danh sách điểm danh (attendance sheet import)")
class ImportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportService imports;
    private final TrainingEventService events;

    ImportController(ImportService imports, TrainingEventService events) {
        this.imports = imports;
        this.events = events;
    }

    @ProvinceWrite
    @PostMapping(path = "/api/v1/training-events/{trainingEventId}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Tải lên danh sách điểm danh XLSX hoặc CSV (upload an attendance sheet; 202 with a job to poll, or 200 with the report when wait=true)")
    ResponseEntity<ImportResponse> upload(@PathVariable String trainingEventId, @RequestPart("file") MultipartFile file,
                                          @RequestParam(defaultValue = "false") boolean wait) throws IOException {
        ImportJob job = imports.start(trainingEventId, file.getOriginalFilename(), file.getBytes(), wait);
        URI location = URI.create("/api/v1/imports/" + job.id());
        return ResponseEntity.status(job.status() == ImportStatus.RUNNING ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .location(location).body(view(job));
    }

    @ProvinceRead
    @GetMapping("/api/v1/imports/{jobId}")
    @Operation(summary = "Tiến độ và kết quả nhập: dòng nhận, dòng lỗi theo cột và lý do (progress and report of an import)")
    ImportResponse get(@PathVariable String jobId) {
        return view(imports.get(jobId));
    }

    /** Once done, the report carries the activity's shares, so warnings below the line's minimums show at once. */
    private ImportResponse view(ImportJob job) {
        Shares shares = job.status() == ImportStatus.DONE ? events.shares(events.get(job.trainingEventId()).event()) : null;
        return ImportResponse.of(job, shares);
    }

    @ProvinceRead
    @GetMapping("/api/v1/imports/{jobId}/errors.xlsx")
    @Operation(summary = "Tải các dòng lỗi kèm cột lý do, để sửa và tải lên lại (the rejected rows as XLSX with an error column)")
    ResponseEntity<byte[]> errors(@PathVariable String jobId) {
        return xlsx(SheetWriter.errorReport(imports.get(jobId)), "dong-loi-" + jobId + ".xlsx");
    }

    @ProvinceRead
    @GetMapping("/api/v1/training-events/{trainingEventId}/attendance-template.xlsx")
    @Operation(summary = "Tải tệp mẫu danh sách điểm danh của lớp (the activity's attendance sheet template)")
    ResponseEntity<byte[]> template(@PathVariable String trainingEventId) {
        return xlsx(SheetWriter.template(events.get(trainingEventId).event()), "mau-diem-danh-" + trainingEventId + ".xlsx");
    }

    private static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /**
     * An import as the officer follows it.
     *
     * @param progressPercent processed rows over all rows, whole percent
     * @param acceptedRows    rows imported (enrolled now, or already enrolled)
     * @param enrolled        people enrolled by this import
     * @param alreadyEnrolled people who were already enrolled (a sheet uploaded again)
     * @param attendanceChanged session marks recorded (only those that changed)
     * @param errors          every problem, by row and column, in Vietnamese and English
     * @param errorReport     where to download the rejected rows with an error column (ID numbers left out)
     * @param shares          once done: the activity's shares of women and ethnic-minority people, with warnings
     */
    record ImportResponse(String id, String trainingEventId, String fileName, String startedBy, ImportStatus status,
                          Instant startedAt, Instant finishedAt, Long elapsedMillis, int totalRows, int processedRows,
                          int progressPercent, int acceptedRows, int rejectedRows, int participantsCreated,
                          int participantsUpdated, int enrolled, int alreadyEnrolled, int attendanceChanged,
                          List<ImportJob.RowError> errors, boolean errorsTruncated, String errorReport, String failure,
                          Shares shares) {

        static ImportResponse of(ImportJob job, Shares shares) {
            return new ImportResponse(job.id(), job.trainingEventId(), job.fileName(), job.startedBy(), job.status(),
                    job.startedAt(), job.finishedAt(), job.elapsedMillis(), job.totalRows(), job.processedRows(),
                    job.totalRows() == 0 ? 100 : job.processedRows() * 100 / job.totalRows(), job.acceptedRows(),
                    job.rejectedRows(), job.participantsCreated(), job.participantsUpdated(), job.enrolled(),
                    job.alreadyEnrolled(), job.attendanceChanged(), job.errors(), job.errorsTruncated(),
                    job.rejectedRows() == 0 ? null : "/api/v1/imports/" + job.id() + "/errors.xlsx", job.failure(),
                    shares);
        }
    }
}
