package vn.taphuan.reporting.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
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

    LiveController(LiveProgress live) {
        this.live = live;
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
    SseEmitter national() {
        return live.national();
    }
}
