package vn.taphuan.enrolment.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.enrolment.EnrolmentProperties;
import vn.taphuan.enrolment.reference.EthnicGroup;
import vn.taphuan.enrolment.reference.EthnicGroups;
import vn.taphuan.kit.security.ProvinceRead;
import vn.taphuan.kit.security.ProvinceWrite;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.kit.web.Versioned;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/v1/participants")
@Tag(name = "Học viên (participants registry)")
@Validated
class ParticipantController {

    private final ParticipantService participants;
    private final EthnicGroups ethnicGroups;
    private final EnrolmentProperties properties;
    private final Clock clock;

    ParticipantController(ParticipantService participants, EthnicGroups ethnicGroups, EnrolmentProperties properties,
                          Clock clock) {
        this.participants = participants;
        this.ethnicGroups = ethnicGroups;
        this.properties = properties;
        this.clock = clock;
    }

    @ProvinceWrite
    @PostMapping
    @Operation(summary = "Đăng ký học viên, hoặc nhận ra người đã có (register a person, or find them again by ID number or by name, birth year and unit)")
    ResponseEntity<ParticipantResponse> register(@Valid @RequestBody ParticipantRequest request) {
        LocalDate today = properties.today(clock);
        ParticipantService.Found found = participants.register(request.toRaw(),
                new ParticipantForm.Defaults(TenantContext.require(), null, null, null, today, today), "");
        ParticipantResponse body = ParticipantResponse.of(participants.get(found.participant().id()), ethnicGroups,
                found.created(), found.updated());
        return found.created()
                ? ResponseEntity.created(URI.create("/api/v1/participants/" + found.participant().id())).body(body)
                : ResponseEntity.ok(body);
    }

    @ProvinceRead
    @GetMapping("/{id}")
    @Operation(summary = "Xem học viên (read a participant)")
    ParticipantResponse get(@PathVariable String id) {
        return ParticipantResponse.of(participants.get(id), ethnicGroups, false, false);
    }

    @ProvinceRead
    @GetMapping
    @Operation(summary = "Tìm học viên theo tên hoặc đơn vị (search the registry by name or unit)")
    PageResponse<ParticipantResponse> list(@RequestParam(required = false) @Size(max = 100) String name,
                                           @RequestParam(required = false) String unitCode,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return new PageResponse<>(participants.list(name, unitCode, page, size).stream()
                .map(p -> ParticipantResponse.of(p, ethnicGroups, false, false)).toList(), page, size,
                participants.count(name, unitCode));
    }

    /**
     * A registered person. The ID number itself is never kept: only its last digits, to tell namesakes apart.
     *
     * @param created true when this request registered them
     * @param updated true when this request corrected their details
     */
    public record ParticipantResponse(String id, long version, String personKey, String fullName, Gender gender,
                                      int birthYear, String ethnicityCode, String ethnicity, boolean ethnicMinority,
                                      String jobTitle, Level level, String unitCode, TargetGroup targetGroup,
                                      String nationalIdTail, boolean created, boolean updated)
            implements Versioned {

        public static ParticipantResponse of(Participant p, EthnicGroups groups, boolean created, boolean updated) {
            ParticipantDetails d = p.details();
            return new ParticipantResponse(p.id(), p.version(), p.personKey(), d.fullName(), d.gender(), d.birthYear(),
                    d.ethnicityCode(), groups.byCode(d.ethnicityCode()).map(EthnicGroup::name).orElse(null),
                    p.ethnicMinority(), d.jobTitle(), d.level(), d.unitCode(), d.targetGroup(), p.nationalIdTail(),
                    created, updated);
        }
    }
}
