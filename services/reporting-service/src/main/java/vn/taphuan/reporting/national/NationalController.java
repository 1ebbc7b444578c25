package vn.taphuan.reporting.national;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.security.NationalRead;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.reporting.progress.PeriodReport;
import vn.taphuan.kit.web.Params;
import vn.taphuan.reporting.views.ProgressViews;
import vn.taphuan.reporting.views.ViewRecords.NationalOverview;
import vn.taphuan.reporting.views.ViewRecords.ProvinceRow;


/**
 * Nationwide progress for the ministry: totals per programme and provinces ranked, with drill-down into a province
 * through the province endpoints ({@code ?tenant=}). Counts only, no personal data.
 */
@RestController
@RequestMapping("/api/v1/national")
@Tag(name = "Toàn quốc (nationwide)")
class NationalController {

    private final ProgressViews views;

    NationalController(ProgressViews views) {
        this.views = views;
    }

    @NationalRead
    @GetMapping("/progress")
    @Operation(summary = "Tổng hợp toàn quốc theo chương trình, kèm dự báo (nationwide totals per programme, with forecasts)")
    NationalOverview progress() {
        return views.national();
    }

    @NationalRead
    @GetMapping("/provinces")
    @Operation(summary = "Xếp hạng các tỉnh theo tiến độ và trạng thái dự báo (provinces ranked by progress and forecast status)")
    PageResponse<ProvinceRow> provinces(@RequestParam(required = false) String programmeCode,
                                        @Parameter(description = "STATUS (default: off track, at risk, no data, on track, reached) | SHORTFALL | PROGRESS | NAME") @RequestParam(required = false) String order,
                                        @RequestParam(required = false) String page,
                                        @RequestParam(required = false) String size) {
        Params params = new Params();
        ProgressViews.ProvinceOrder ordering = params.enumOf("order", order, ProgressViews.ProvinceOrder.class);
        int pageNumber = params.page(page);
        int pageSize = params.size(size, 50);
        params.check();
        return views.provinces(programmeCode, ordering == null ? ProgressViews.ProvinceOrder.STATUS : ordering,
                pageNumber, pageSize);
    }

    @NationalRead
    @GetMapping("/report")
    @Operation(summary = "Báo cáo toàn quốc theo kỳ: N lượt người, đạt X % mục tiêu (nationwide period report)")
    PeriodReport report(@Parameter(description = "first month, yyyy-MM") @RequestParam(required = false) String from,
                        @Parameter(description = "last month, yyyy-MM") @RequestParam(required = false) String to,
                        @RequestParam(required = false) String programmeCode) {
        Params params = new Params();
        Params.Months months = params.months(from, to);
        params.check();
        return views.nationalReport(months.first(), months.last(), programmeCode);
    }
}
