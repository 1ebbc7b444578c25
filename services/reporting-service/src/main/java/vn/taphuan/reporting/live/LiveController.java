package vn.taphuan.reporting.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.taphuan.kit.web.Params;
import vn.taphuan.reporting.views.NationalSelection;
import vn.taphuan.reporting.views.ProgressViews;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.taphuan.kit.security.NationalRead;
import vn.taphuan.kit.security.ProgressRead;

/**
 * Live figures as Server-Sent Events. A browser's EventSource cannot set headers: pass the token as
 * {@code ?access_token=} (and the analyst the province as {@code ?tenant=}).
 */
@RestController
@Tag(name = "Cập nhật trực tiếp (live updates)")
class LiveController {

    private final LiveProgress live;
    private final ProgressViews views;

    LiveController(LiveProgress live, ProgressViews views) {
        this.live = live;
        this.views = views;
    }

    @ProgressRead
    @GetMapping(path = "/api/v1/progress/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Luồng số liệu thay đổi của tỉnh (Server-Sent Events: plan, province)")
    SseEmitter province() {
        return live.province();
    }

    @NationalRead
    @GetMapping(path = "/api/v1/national/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Luồng số liệu toàn quốc (Server-Sent Events: national)")
    SseEmitter national(@Parameter(description = "giai đoạn dạng yyyy-yyyy, ví dụ 2026-2030, như GET /api/v1/national/progress")
                        @RequestParam(required = false) String phase,
                        @Parameter(description = "mã chương trình, như GET /api/v1/national/progress")
                        @RequestParam(required = false) String programmeCode) {
        Params params = new Params();
        NationalSelection selection = views.select(params, phase, programmeCode);
        return live.national(selection);
    }
}
