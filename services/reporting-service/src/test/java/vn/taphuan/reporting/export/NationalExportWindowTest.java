package vn.taphuan.reporting.export;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.progress.Figures;
import vn.taphuan.reporting.progress.ProvinceStanding;
import vn.taphuan.reporting.views.ProgressViews;
import vn.taphuan.reporting.views.ViewRecords.NationalOverview;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * While the country's imports move the figures many times a second, the nationwide workbook is built at most once per
 * export window; without one, whenever what it shows moved, and only then.
 */
class NationalExportWindowTest {

    private final ProgressViews views = mock(ProgressViews.class);

    @Test
    void withinTheWindowTheBuiltWorkbookIsHandedOutThoughTheFiguresMoved() {
        ProgressReports reports = reports(Duration.ofHours(1));
        when(views.national(any())).thenReturn(overview("2026-12-06T03:00:00Z"), overview("2026-12-06T03:00:01Z"));

        ProgressReports.Report first = reports.national(ProgressReports.Format.CSV);
        ProgressReports.Report second = reports.national(ProgressReports.Format.CSV);

        assertThat(second).isSameAs(first);
        verify(views, times(1)).national(any());
    }

    @Test
    void withoutAWindowEveryMoveOfTheFiguresBuildsItAgainAndNothingElseDoes() {
        ProgressReports reports = reports(Duration.ZERO);
        when(views.national(any())).thenReturn(overview("2026-12-06T03:00:00Z"), overview("2026-12-06T03:00:00Z"),
                overview("2026-12-06T03:00:01Z"));

        ProgressReports.Report first = reports.national(ProgressReports.Format.CSV);
        ProgressReports.Report unchanged = reports.national(ProgressReports.Format.CSV);
        ProgressReports.Report moved = reports.national(ProgressReports.Format.CSV);

        assertThat(unchanged).isSameAs(first);
        assertThat(moved).isNotSameAs(first);
        verify(views, times(3)).national(any());
    }

    private ProgressReports reports(Duration window) {
        when(views.provinces(any(), any(), eq(0), anyInt())).thenReturn(new PageResponse<>(List.of(), 0, 0, 0));
        return new ProgressReports(views, new ReportingProperties(null,
                new ReportingProperties.Refresh(null, null, null, window), null, null, null));
    }

    private static NationalOverview overview(String dataAsOf) {
        return new NationalOverview(LocalDate.of(2026, 12, 6), Instant.parse(dataAsOf), 34, 0,
                Figures.sum(List.of(), new Figures.UniquePersons(0, Map.of())), List.of(),
                new ProvinceStanding.Builder().build(), null);
    }
}
