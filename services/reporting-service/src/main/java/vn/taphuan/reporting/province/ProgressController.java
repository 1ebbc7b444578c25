package vn.taphuan.reporting.province;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.reporting.progress.ActivityKind;
import vn.taphuan.reporting.progress.ActivityStatus;
import vn.taphuan.reporting.progress.ForecastStatus;
import vn.taphuan.reporting.progress.PeriodReport;
import vn.taphuan.reporting.progress.PlanFigures.PlanState;
import vn.taphuan.kit.web.Params;
import vn.taphuan.reporting.views.ProgressViews;
import vn.taphuan.reporting.views.ViewRecords.PlanProgressView;
import vn.taphuan.reporting.views.ViewRecords.PlanRow;
import vn.taphuan.reporting.views.ViewRecords.ProvinceOverview;


/**
 * A province's progress. Province users see their own province (with the history of provinces merged into it); the
 * ministry analyst names the province with {@code X-Tenant-Id} or {@code ?tenant=}. The views take the province from
 * the request's tenant themselves ({@code Scopes}). No personal data is served.
 */
@RestController
@RequestMapping("/api/v1/progress")
@Tag(name = "Tiến độ của tỉnh (a province's progress)")
class ProgressController {

    /** Longer than any title is written; a search past it is a mistake or an attempt to make the list work hard. */
    static final int MAX_SEARCH = 100;
    static final int MAX_CODE = 80;

    private final ProgressViews views;
    private final PlanActivities activities;

    ProgressController(ProgressViews views, PlanActivities activities) {
        this.views = views;
        this.activities = activities;
    }

    @ProgressRead
    @GetMapping
    @Operation(summary = "Tổng quan tiến độ của tỉnh theo chương trình (the province's overview, per programme, with forecasts)")
    ProvinceOverview overview() {
        return views.province();
    }

    @ProgressRead
    @GetMapping("/plans")
    @Operation(summary = "Danh sách kế hoạch với số liệu chính và trạng thái dự báo (the province's plans with headline figures and forecast status)")
    PageResponse<PlanRow> plans(@RequestParam(required = false) String programmeCode,
                                @Parameter(description = "IN_FORCE | CLOSED") @RequestParam(required = false) String state,
                                @Parameter(description = "REACHED | ON_TRACK | AT_RISK | OFF_TRACK") @RequestParam(required = false) String status,
                                @RequestParam(required = false) String page,
                                @RequestParam(required = false) String size) {
        Params params = new Params();
        PlanState planState = params.enumOf("state", state, PlanState.class);
        ForecastStatus forecastStatus = params.enumOf("status", status, ForecastStatus.class);
        int pageNumber = params.page(page);
        int pageSize = params.size(size, 20);
        params.check();
        return views.plans(programmeCode, planState, forecastStatus, pageNumber, pageSize);
    }

    @ProgressRead
    @GetMapping("/plans/{planId}")
    @Operation(summary = "Tiến độ một kế hoạch theo từng dòng chỉ tiêu, kèm dự báo đến hạn (one plan's progress per target line, with the forecast to the deadline)")
    PlanProgressView plan(@PathVariable String planId) {
        return views.plan(planId);
    }

    @ProgressRead
    @GetMapping("/plans/{planId}/report")
    @Operation(summary = "Báo cáo một kế hoạch theo kỳ, so với cùng kỳ năm trước (a plan's period report, against the same months a year before)")
    PeriodReport planReport(@PathVariable String planId,
                            @Parameter(description = "first month, yyyy-MM") @RequestParam(required = false) String from,
                            @Parameter(description = "last month, yyyy-MM") @RequestParam(required = false) String to) {
        Params params = new Params();
        Params.Months months = params.months(from, to);
        params.check();
        return views.planReport(planId, months.first(), months.last());
    }

    @ProgressRead
    @GetMapping("/plans/{planId}/activities")
    @Operation(summary = "Các hoạt động của kế hoạch và số học viên, tìm theo tên hoặc địa bàn, lọc theo tình trạng, chỉ tiêu, loại, "
            + "địa bàn và thời gian, sắp xếp theo ngày, tên hoặc lượt người (the plan's activities with participant "
            + "counts, searched by title or place, filtered and sorted; status=SCHEDULED gives the pipeline)")
    PageResponse<PlanActivities.ActivityRow> activities(@PathVariable String planId,
                                                        @Parameter(description = "SCHEDULED | HELD | CLOSED | CANCELLED") @RequestParam(required = false) String status,
                                                        @RequestParam(required = false) String lineId,
                                                        @Parameter(description = "TRAINING_CLASS | WORKSHOP | STUDY_TOUR | E_LEARNING_COHORT") @RequestParam(required = false) String kind,
                                                        @Parameter(description = "a commune's or district's code: the activities in it, below it or in units merged into it") @RequestParam(required = false) String unitCode,
                                                        @Parameter(description = "words of the title or of the place (the unit's name), without accents if need be (\"lop\" finds \"Lớp\")") @RequestParam(required = false) String q,
                                                        @Parameter(description = "first day, yyyy-MM-dd: activities ending on or after it") @RequestParam(required = false) String from,
                                                        @Parameter(description = "last day, yyyy-MM-dd: activities starting on or before it") @RequestParam(required = false) String to,
                                                        @Parameter(description = "DATE (default) | TITLE | PERSON_TURNS") @RequestParam(required = false) String sort,
                                                        @Parameter(description = "ASC (default) | DESC") @RequestParam(required = false) String direction,
                                                        @RequestParam(required = false) String page,
                                                        @RequestParam(required = false) String size) {
        Params params = new Params();
        ActivityStatus activityStatus = params.enumOf("status", status, ActivityStatus.class);
        ActivityKind activityKind = params.enumOf("kind", kind, ActivityKind.class);
        String search = params.text("q", q, MAX_SEARCH);
        String unit = params.text("unitCode", unitCode, MAX_CODE);
        Params.Days days = params.days(from, to);
        ActivityQuery.Sort order = params.enumOf("sort", sort, ActivityQuery.Sort.class);
        ActivityQuery.Direction orderDirection = params.enumOf("direction", direction, ActivityQuery.Direction.class);
        int pageNumber = params.page(page);
        int pageSize = params.size(size, 50);
        params.check();
        return activities.list(planId, new ActivityQuery(activityStatus, lineId, activityKind, unit, search,
                days.first(), days.last(), order, orderDirection), pageNumber, pageSize);
    }

    @ProgressRead
    @GetMapping("/report")
    @Operation(summary = "Báo cáo theo kỳ: N lượt người, đạt X % mục tiêu (period report: N person-turns, X % of the target)")
    PeriodReport report(@Parameter(description = "first month, yyyy-MM") @RequestParam(required = false) String from,
                        @Parameter(description = "last month, yyyy-MM") @RequestParam(required = false) String to,
                        @RequestParam(required = false) String programmeCode) {
        Params params = new Params();
        Params.Months months = params.months(from, to);
        params.check();
        return views.provinceReport(months.first(), months.last(), programmeCode);
    }
}
