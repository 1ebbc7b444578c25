package vn.taphuan.enrolment.trainingevent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.contracts.Limits;
import vn.taphuan.kit.web.IdempotencyKeys;
import vn.taphuan.enrolment.enrolment.EnrolmentCounts;
import vn.taphuan.enrolment.participant.TargetGroup;
import vn.taphuan.kit.security.ProvinceRead;
import vn.taphuan.kit.security.ProvinceWrite;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.kit.web.Versioned;
import vn.taphuan.kit.web.Versions;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@RestController
@RequestMapping("/api/v1/training-events")
@Tag(name = "Hoạt động đào tạo (training events: classes, workshops, study tours, e-learning cohorts)")
@Validated
class TrainingEventController {

    private final TrainingEventService events;

    TrainingEventController(TrainingEventService events) {
        this.events = events;
    }

    @ProvinceWrite
    @PostMapping
    @Operation(summary = "Lên lịch lớp tập huấn, hội thảo, đoàn học tập (schedule an activity under a plan's target "
            + "line; with an Idempotency-Key, sending the request again schedules nothing more)")
    ResponseEntity<TrainingEventResponse> schedule(@Valid @RequestBody ScheduleRequest request,
                                                   @RequestHeader(value = IdempotencyKeys.HEADER, required = false)
                                                   String idempotencyKey) {
        TrainingEventService.Stored stored = events.schedule(request.planId(), request.targetLineId(),
                request.toSchedule(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/training-events/" + stored.event().id()))
                .body(view(stored));
    }

    @ProvinceRead
    @GetMapping("/{id}")
    @Operation(summary = "Xem hoạt động, sĩ số và tỷ lệ nữ, DTTS (read an activity with its live shares and warnings)")
    ResponseEntity<TrainingEventResponse> get(@PathVariable String id) {
        TrainingEventService.Stored stored = events.get(id);
        return ResponseEntity.ok(view(stored));
    }

    @ProvinceRead
    @GetMapping
    @Operation(summary = "Danh sách hoạt động của tỉnh (list the province's activities)")
    PageResponse<TrainingEventSummary> list(@RequestParam(required = false) String planId,
                                            @RequestParam(required = false) String targetLineId,
                                            @RequestParam(required = false) TrainingEventStatus status,
                                            @RequestParam(defaultValue = "0") @Min(0) int page,
                                            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        List<TrainingEventSummary> items = events.list(planId, targetLineId, status, page, size).stream()
                .map(TrainingEventSummary::of).toList();
        return new PageResponse<>(items, page, size, events.count(planId, targetLineId, status));
    }

    @ProvinceWrite
    @PostMapping("/{id}/reschedule")
    @Operation(summary = "Dời lịch, đổi địa điểm, sức chứa hoặc các buổi (reschedule; If-Match required)")
    TrainingEventResponse reschedule(@PathVariable String id,
                                     @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody RescheduleRequest request) {
        return view(events.reschedule(id, Versions.required(ifMatch), request.toSchedule(), request.reason()));
    }

    @ProvinceWrite
    @PostMapping("/{id}/hold")
    @Operation(summary = "Ghi nhận hoạt động đã tổ chức (mark as held, from its last day; If-Match required)")
    TrainingEventResponse hold(@PathVariable String id,
                               @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        return view(events.hold(id, Versions.required(ifMatch)));
    }

    @ProvinceWrite
    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Hủy hoạt động (cancel a scheduled activity; If-Match required)")
    TrainingEventResponse cancel(@PathVariable String id,
                                 @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                 @Valid @RequestBody(required = false) CancelRequest request) {
        return view(events.cancel(id, Versions.required(ifMatch), request == null ? null : request.reason()));
    }

    @ProvinceWrite
    @PostMapping("/{id}/closure")
    @Operation(summary = "Đóng hoạt động: điểm danh và kết quả là cuối cùng (close a held activity; If-Match required)")
    TrainingEventResponse close(@PathVariable String id,
                                @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        return view(events.close(id, Versions.required(ifMatch)));
    }

    private TrainingEventResponse view(TrainingEventService.Stored stored) {
        EnrolmentCounts.ActivityCounts counts = events.counts(stored.event());
        return TrainingEventResponse.of(stored, events.shares(stored.event(), counts), counts.completed());
    }

    record SessionRequest(@NotNull LocalDate date, @NotNull SessionKind kind, @Size(max = 300) String topic) {
    }

    record ScheduleRequest(
            @NotBlank @Size(max = 100) String planId,
            @NotBlank @Size(max = 60) String targetLineId,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 40) String unitCode,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull @Min(1) @Max(Limits.MAX_CAPACITY) Integer capacity,
            @NotEmpty @Size(max = 200) List<@Valid @NotNull SessionRequest> sessions,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> trainers) {

        Schedule toSchedule() {
            return ScheduleRequests.schedule(title, unitCode, startDate, endDate, capacity, sessions, trainers);
        }
    }

    record RescheduleRequest(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 40) String unitCode,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull @Min(1) @Max(Limits.MAX_CAPACITY) Integer capacity,
            @NotEmpty @Size(max = 200) List<@Valid @NotNull SessionRequest> sessions,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> trainers,
            @Size(max = 500) String reason) {

        Schedule toSchedule() {
            return ScheduleRequests.schedule(title, unitCode, startDate, endDate, capacity, sessions, trainers);
        }
    }

    record CancelRequest(@Size(max = 500) String reason) {
    }

    private static final class ScheduleRequests {
        static Schedule schedule(String title, String unitCode, LocalDate startDate, LocalDate endDate, int capacity,
                                 List<SessionRequest> sessions, List<String> trainers) {
            List<Session> numbered = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                SessionRequest s = sessions.get(i);
                numbered.add(new Session(i + 1, s.date(), s.kind(), s.topic()));
            }
            return new Schedule(title.trim(), unitCode.trim(), startDate, endDate, capacity, List.copyOf(numbered),
                    trainers == null ? List.of() : List.copyOf(trainers));
        }
    }

    record TrainingEventSummary(String id, long version, String planId, String targetLineId, ActivityKind activityKind,
                                String title, String unitCode, LocalDate startDate, LocalDate endDate, int capacity,
                                int seatsTaken, TrainingEventStatus status) {
        static TrainingEventSummary of(TrainingEvent e) {
            return new TrainingEventSummary(e.id(), e.version(), e.planId(), e.targetLineId(), e.activityKind(),
                    e.schedule().title(), e.schedule().unitCode(), e.schedule().startDate(), e.schedule().endDate(),
                    e.schedule().capacity(), e.seatsTaken(), e.status());
        }
    }

    /**
     * An activity as the officer sees it.
     *
     * @param seatsTaken       seats held (enrolled participants, plus seats being taken right now)
     * @param sessionsRequired sessions a participant must attend to complete
     * @param completed        participants who completed
     * @param shares           live shares of women and ethnic-minority people, with warnings below the line's minimum
     */
    record TrainingEventResponse(String id, long version, String planId, String targetLineId, int planVersion,
                                 String programmeCode, ActivityKind activityKind, TargetGroup targetGroup, String title,
                                 String unitCode, LocalDate startDate, LocalDate endDate, int capacity, int seatsTaken,
                                 List<Session> sessions, List<String> trainers, int minAttendancePercent,
                                 int sessionsRequired, TrainingEventStatus status, LocalDate heldOn,
                                 LocalDate cancelledOn, String cancellationReason, LocalDate closedOn, long completed,
                                 Shares shares) implements Versioned {

        static TrainingEventResponse of(TrainingEventService.Stored stored, Shares shares, long completed) {
            TrainingEvent e = stored.event();
            Schedule s = e.schedule();
            return new TrainingEventResponse(e.id(), stored.version(), e.planId(), e.targetLineId(), e.planVersion(),
                    e.programmeCode(), e.activityKind(), e.targetGroup(), s.title(), s.unitCode(), s.startDate(),
                    s.endDate(), s.capacity(), e.seatsTaken(), s.sessions(), s.trainers(), e.minAttendancePercent(),
                    e.sessionsRequired(), e.status(), e.heldOn(), e.cancelledOn(), e.cancellationReason(),
                    e.closedOn(), completed, shares);
        }
    }
}
