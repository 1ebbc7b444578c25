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
import vn.taphuan.reporting.views.NationalSelection;
import vn.taphuan.reporting.views.ProgressViews;
import vn.taphuan.reporting.views.ViewRecords.NationalOverview;
import vn.taphuan.reporting.views.ViewRecords.ProvinceRow;


/**
 * Nationwide progress for the ministry: totals per programme and provinces ranked, with drill-down into a province
 * through the province endpoints ({@code ?tenant=}). Counts only, no personal data. Each view shows a phase, a
 * programme or everything; an analyst of one ministry sees the programmes it owns, and is refused another's.
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
    NationalOverview progress(@Parameter(description = PHASE) @RequestParam(required = false) String phase,
                              @Parameter(description = PROGRAMME) @RequestParam(required = false) String programmeCode) {
        Params params = new Params();
        NationalSelection selection = views.select(params, phase, programmeCode);
        params.check();
        return views.national(selection);
    }

    static final String PHASE = "giai đoạn dạng yyyy-yyyy, ví dụ 2026-2030 (a five-year phase); mặc định: mọi "
            + "giai đoạn. Một kế hoạch thuộc giai đoạn có năm bắt đầu của nó; người học thuộc giai đoạn có ngày hoàn thành";
    static final String PROGRAMME = "mã chương trình, ví dụ MTQG_NTM_GN_DTTS_2026_2035; mặc định: mọi chương "
            + "trình người xem được xem (chuyên viên của một bộ: các chương trình bộ đó chủ quản)";


    @NationalRead
    @GetMapping("/provinces")
    @Operation(summary = "Xếp hạng các tỉnh theo tiến độ và trạng thái dự báo (provinces ranked by progress and forecast status)")
    PageResponse<ProvinceRow> provinces(@Parameter(description = PHASE) @RequestParam(required = false) String phase,
                                        @Parameter(description = PROGRAMME) @RequestParam(required = false) String programmeCode,
                                        @Parameter(description = "STATUS (default: off track, at risk, no data, on track, reached) | SHORTFALL | PROGRESS | NAME") @RequestParam(required = false) String order,
                                        @RequestParam(required = false) String page,
                                        @RequestParam(required = false) String size) {
        Params params = new Params();
        ProgressViews.ProvinceOrder ordering = params.enumOf("order", order, ProgressViews.ProvinceOrder.class);
        int pageNumber = params.page(page);
        int pageSize = params.size(size, 50);
        NationalSelection selection = views.select(params, phase, programmeCode);
        return views.provinces(selection, ordering == null ? ProgressViews.ProvinceOrder.STATUS : ordering,
                pageNumber, pageSize);
    }

    @NationalRead
    @GetMapping("/report")
    @Operation(summary = "Báo cáo toàn quốc theo kỳ: N lượt người, đạt X % mục tiêu (nationwide period report)")
    PeriodReport report(@Parameter(description = "first month, yyyy-MM") @RequestParam(required = false) String from,
                        @Parameter(description = "last month, yyyy-MM") @RequestParam(required = false) String to,
                        @Parameter(description = PHASE) @RequestParam(required = false) String phase,
                        @Parameter(description = PROGRAMME) @RequestParam(required = false) String programmeCode) {
        Params params = new Params();
        Params.Months months = params.months(from, to);
        NationalSelection selection = views.select(params, phase, programmeCode);
        return views.nationalReport(months.first(), months.last(), selection);
    }
}
