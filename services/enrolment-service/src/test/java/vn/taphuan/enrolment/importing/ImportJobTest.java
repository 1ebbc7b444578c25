package vn.taphuan.enrolment.importing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import vn.taphuan.kit.sheet.SheetReader;

class ImportJobTest {

    private static final Instant START = Instant.parse("2023-05-12T02:00:00Z");

    @Test
    void theReportCountsEveryRowOnceAndKeepsTheRejectedRowsForTheErrorSheet() {
        ImportJob job = ImportJob.start("j", "bac-giang", "te", "a.xlsx", "officer", 2, List.of("STT", "Họ và tên"), 3, START);
        job.acceptedNew();
        job.acceptedKnown(2);
        job.reject(new SheetReader.SheetRow(5, List.of("3", "")),
                List.of(new ImportJob.RowError(5, "Họ và tên", "là bắt buộc", "is required")));
        assertThat(job.processedRows()).isEqualTo(3);
        assertThat(job.acceptedRows()).isEqualTo(2);
        assertThat(job.rejectedRows()).isEqualTo(1);
        assertThat(job.attendanceChanged()).isEqualTo(2);
        assertThat(job.rejected()).singleElement().satisfies(row -> assertThat(row.row()).isEqualTo(5));
        job.finish(START.plusMillis(4_200));
        assertThat(job.elapsedMillis()).isEqualTo(4_200);
    }

    @Test
    void anImportSilentForTenMinutesWasInterrupted() {
        ImportJob job = ImportJob.start("j", "bac-giang", "te", "a.xlsx", "officer", 1, List.of("Họ và tên"), 10, START);
        assertThat(job.interrupted(START.plusSeconds(60), Duration.ofMinutes(10))).isFalse();
        assertThat(job.interrupted(START.plusSeconds(601), Duration.ofMinutes(10))).isTrue();
        job.finish(START.plusSeconds(5));
        assertThat(job.interrupted(START.plusSeconds(3600), Duration.ofMinutes(10))).isFalse();
    }
}
