package vn.taphuan.enrolment.enrolment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.enrolment.participant.Participant;
import vn.taphuan.enrolment.participant.ParticipantRequest;
import vn.taphuan.enrolment.participant.ParticipantService;
import vn.taphuan.enrolment.trainingevent.Shares;
import vn.taphuan.enrolment.trainingevent.TrainingEvent;
import vn.taphuan.enrolment.trainingevent.TrainingEventService;
import vn.taphuan.kit.periodlock.PeriodLocked;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.security.ProvinceRead;
import vn.taphuan.kit.security.ProvinceWrite;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.kit.web.Versioned;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Ghi danh, điểm danh, hoàn thành (enrolment, attendance, completion)")
@Validated
class EnrolmentController {

    private final EnrolmentService enrolments;
    private final TrainingEventService events;
    private final ParticipantService participants;

    EnrolmentController(EnrolmentService enrolments, TrainingEventService events, ParticipantService participants) {
        this.enrolments = enrolments;
        this.events = events;
        this.participants = participants;
    }

    @ProvinceWrite
    @PostMapping("/api/v1/training-events/{trainingEventId}/enrolments")
    @Operation(summary = "Ghi danh một người: theo mã học viên, hoặc ghi thông tin người mới (enrol a registered participant, or a person given in full)")
    ResponseEntity<EnrolResponse> enrol(@PathVariable String trainingEventId, @Valid @RequestBody EnrolRequest request) {
        if ((request.participantId() == null) == (request.participant() == null)) {
            throw Refused.invalid("participantId", new EnrolmentRefusal.ExactlyOneParticipant());
        }
        TrainingEvent event = events.get(trainingEventId).event();
        Participant participant = request.participantId() != null ? participants.get(request.participantId())
                : participants.register(request.participant().toRaw(), events.participantDefaults(event),
                "participant.").participant();
        EnrolmentService.Outcome outcome = enrolments.enrolAll(trainingEventId,
                List.of(new EnrolmentService.Candidate(participant, List.of()))).get(0);
        if (outcome instanceof EnrolmentService.AlreadyEnrolled) {
            throw Enrolment.alreadyEnrolled();
        }
        if (outcome instanceof EnrolmentService.Busy busy) {
            throw EnrolmentService.busyRefusal(busy.reason());
        }
        if (outcome instanceof EnrolmentService.Full full) {
            throw new Refused(Refused.Kind.RULE, "activity-full", full.reason().reason(), List.of(full.reason()));
        }
        if (outcome instanceof EnrolmentService.Refused refused && refused.reason().reason() instanceof PeriodLocked) {
            throw EnrolmentService.lockedRefusal(refused.reason());
        }
        if (outcome instanceof EnrolmentService.Refused refused) {
            throw new Refused(Refused.Kind.RULE, "enrolment-refused", refused.reason().reason(),
                    List.of(refused.reason()));
        }
        Enrolment enrolment = enrolments.get(((EnrolmentService.NewlyEnrolled) outcome).enrolment().id());
        return ResponseEntity.created(URI.create("/api/v1/enrolments/" + enrolment.id()))
                .body(new EnrolResponse(EnrolmentResponse.of(enrolment, participant),
                        events.shares(events.get(trainingEventId).event())));
    }

    @ProvinceRead
    @GetMapping("/api/v1/training-events/{trainingEventId}/enrolments")
    @Operation(summary = "Danh sách học viên của hoạt động, có điểm danh (the activity's participants with attendance)")
    PageResponse<EnrolmentResponse> list(@PathVariable String trainingEventId,
                                         @RequestParam(required = false) EnrolmentStatus status,
                                         @RequestParam(defaultValue = "0") @Min(0) int page,
                                         @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        EnrolmentService.Listing found = enrolments.ofActivity(trainingEventId, status, page, size);
        Map<String, Participant> people = participants.getAll(found.items().stream().map(Enrolment::participantId)
                .distinct().toList());
        return new PageResponse<>(found.items().stream().map(e -> EnrolmentResponse.of(e, people.get(e.participantId())))
                .toList(), page, size, found.total());
    }

    @ProvinceRead
    @GetMapping("/api/v1/enrolments/{id}")
    @Operation(summary = "Xem một lượt ghi danh (read an enrolment)")
    EnrolmentResponse get(@PathVariable String id) {
        Enrolment enrolment = enrolments.get(id);
        return EnrolmentResponse.of(enrolment, participants.get(enrolment.participantId()));
    }

    @ProvinceWrite
    @PostMapping("/api/v1/enrolments/{id}/attendance")
    @Operation(summary = "Điểm danh theo buổi (record presence per session; only changes are recorded)")
    EnrolmentResponse attendance(@PathVariable String id, @Valid @RequestBody AttendanceRequest request) {
        Enrolment enrolment = enrolments.recordAttendance(id, request.sessions().stream()
                .map(s -> new SessionMark(s.session(), s.present())).toList());
        return EnrolmentResponse.of(enrolment, participants.get(enrolment.participantId()));
    }

    @ProvinceWrite
    @PostMapping("/api/v1/enrolments/{id}/completion")
    @Operation(summary = "Ghi nhận hoàn thành, cấp số giấy chứng nhận (complete: one person-turn)")
    EnrolmentResponse complete(@PathVariable String id, @Valid @RequestBody(required = false) CompletionRequest request) {
        Enrolment enrolment = enrolments.complete(id, request == null ? null : request.certificateNumber());
        return EnrolmentResponse.of(enrolment, participants.get(enrolment.participantId()));
    }

    @ProvinceWrite
    @PostMapping("/api/v1/enrolments/{id}/withdrawal")
    @Operation(summary = "Hủy ghi danh hoặc rút lại hoàn thành ghi nhầm (withdraw; what it counted is taken back)")
    EnrolmentResponse withdraw(@PathVariable String id, @Valid @RequestBody(required = false) WithdrawalRequest request) {
        Enrolment enrolment = enrolments.withdraw(id, request == null ? null : request.reason());
        return EnrolmentResponse.of(enrolment, participants.get(enrolment.participantId()));
    }

    @ProvinceWrite
    @PostMapping("/api/v1/training-events/{trainingEventId}/completions")
    @Operation(summary = "Ghi nhận hoàn thành cho mọi học viên đủ điều kiện điểm danh (complete everyone meeting the attendance rule)")
    EnrolmentService.Completions completeAll(@PathVariable String trainingEventId) {
        return enrolments.completeAll(trainingEventId);
    }

    record EnrolRequest(@Size(max = 60) String participantId, @Valid ParticipantRequest participant) {
    }

    record SessionMarkRequest(@NotNull @Min(1) Integer session, @NotNull Boolean present) {
    }

    record AttendanceRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull SessionMarkRequest> sessions) {
    }

    record CompletionRequest(@Size(max = 60) String certificateNumber) {
    }

    record WithdrawalRequest(@Size(max = 500) String reason) {
    }

    /** The enrolment and the activity's live shares after it (with warnings below the line's minimums). */
    record EnrolResponse(EnrolmentResponse enrolment, Shares shares) {
    }

    record EnrolmentResponse(String id, long version, String trainingEventId, String participantId, String fullName,
                             String personKey, EnrolmentStatus status, LocalDate enrolledOn, List<SessionMark> attendance,
                             int sessionsAttended, LocalDate completedOn, String certificateNumber,
                             LocalDate withdrawnOn, String withdrawalReason, boolean completionRevoked)
            implements Versioned {

        static EnrolmentResponse of(Enrolment e, Participant p) {
            return new EnrolmentResponse(e.id(), e.version(), e.trainingEventId(), e.participantId(),
                    p == null ? null : p.details().fullName(), e.facts().personKey(), e.status(), e.enrolledOn(),
                    e.attendance(), e.sessionsAttended(), e.completedOn(), e.certificateNumber(), e.withdrawnOn(),
                    e.withdrawalReason(), e.completionRevoked());
        }
    }
}
