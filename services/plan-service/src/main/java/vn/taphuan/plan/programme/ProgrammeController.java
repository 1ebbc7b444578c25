package vn.taphuan.plan.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.security.AnyUser;
import vn.taphuan.kit.security.PlatformAdmin;
import vn.taphuan.kit.web.Versioned;
import vn.taphuan.kit.web.Versions;
import vn.taphuan.plan.legal.LegalBasis;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/reference/programmes")
@Tag(name = "Danh mục chương trình (programme catalogue)")
class ProgrammeController {

    private final ProgrammeCatalog catalog;

    ProgrammeController(ProgrammeCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @AnyUser
    @Operation(summary = "Các chương trình mục tiêu quốc gia (programmes plans are made under)")
    List<ProgrammeResponse> all() {
        List<Programme> all = catalog.all();
        return all.stream().map(p -> ProgrammeResponse.of(p, catalog.predecessorsOf(p.code(), all))).toList();
    }

    @GetMapping("/{code}")
    @AnyUser
    @Operation(summary = "Xem một chương trình (read one programme; ETag = version)")
    ResponseEntity<ProgrammeResponse> get(@PathVariable String code) {
        return answer(ResponseEntity.ok(), catalog.get(code));
    }

    @PostMapping
    @PlatformAdmin
    @Operation(summary = "Thêm chương trình vào danh mục (add a programme; platform administrator)")
    ResponseEntity<ProgrammeResponse> define(@Valid @RequestBody NewProgrammeRequest request) {
        Programme programme = catalog.define(request.code(), request.definition().toDefinition());
        return answer(ResponseEntity.created(URI.create("/api/v1/reference/programmes/" + programme.code())), programme);
    }

    @PutMapping("/{code}")
    @PlatformAdmin
    @Operation(summary = "Sửa chương trình (revise a programme; platform administrator; If-Match required; stale version → 412)")
    ResponseEntity<ProgrammeResponse> revise(@PathVariable String code,
                                             @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                             @Valid @RequestBody RevisionRequest request) {
        return answer(ResponseEntity.ok(), catalog.revise(code, Versions.required(ifMatch),
                request.definition().toDefinition()));
    }

    private ResponseEntity<ProgrammeResponse> answer(ResponseEntity.BodyBuilder builder, Programme programme) {
        return builder.body(ProgrammeResponse.of(programme, catalog.predecessorsOf(programme.code(), catalog.all())));
    }

    record DefinitionRequest(
            @NotBlank @Size(max = 500) String name,
            @Size(max = 100) String shortName,
            List<@NotNull LegalBasis> legalBases,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            @NotNull LocalDate deadline,
            List<@NotNull TargetAudience> targetGroups,
            List<@NotNull TopicGroup> topicGroups,
            @NotNull ActivityRules rules,
            List<@NotBlank @Size(max = 200) String> keywords,
            @Size(max = 200) String owner,
            List<@NotNull ProgrammePhase> phases,
            @Size(max = 60) String successorCode,
            @Size(max = 4000) String notes) {

        ProgrammeDefinition toDefinition() {
            return new ProgrammeDefinition(name, shortName, legalBases, periodStart, periodEnd, deadline, targetGroups,
                    topicGroups, rules, keywords, owner, phases, successorCode, notes);
        }
    }

    record NewProgrammeRequest(@NotBlank String code, @NotNull @Valid DefinitionRequest definition) {
    }

    record RevisionRequest(@NotNull @Valid DefinitionRequest definition) {
    }

    record ProgrammeResponse(String code, long version, String name, String shortName, List<LegalBasis> legalBases,
                             LocalDate periodStart, LocalDate periodEnd, LocalDate deadline,
                             List<TargetAudience> targetGroups, List<TopicGroup> topicGroups, ActivityRules rules,
                             List<String> keywords, String owner, List<ProgrammePhase> phases,
                             String successorCode, List<String> predecessorCodes, String notes) implements Versioned {

        static ProgrammeResponse of(Programme programme, List<String> predecessors) {
            ProgrammeDefinition d = programme.definition();
            return new ProgrammeResponse(programme.code(), programme.version(), d.name(), d.shortName(),
                    d.legalBases(), d.periodStart(), d.periodEnd(), d.deadline(), d.targetGroups(), d.topicGroups(),
                    d.rules(), d.keywords(), d.owner(), d.phases(), d.successorCode(), predecessors, d.notes());
        }
    }
}
