package vn.taphuan.plan.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.taphuan.kit.security.AnyUser;
import vn.taphuan.kit.security.PlatformAdmin;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.kit.web.Versioned;
import vn.taphuan.kit.web.Versions;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/reference/units")
@Tag(name = "Đơn vị hành chính (administrative units)")
@Validated
class UnitController {

    private final UnitRegistry registry;
    private final UnitCatalogueImport catalogue;

    UnitController(UnitRegistry registry, UnitCatalogueImport catalogue) {
        this.registry = registry;
        this.catalogue = catalogue;
    }

    @GetMapping
    @AnyUser
    @Operation(summary = "Danh sách đơn vị hành chính (list units: by level, parent, province, date in force, name)")
    PageResponse<UnitResponse> list(@RequestParam(required = false) UnitLevel level,
                                    @RequestParam(required = false) String parentCode,
                                    @RequestParam(required = false) String province,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
                                    @RequestParam(required = false) String name,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        UnitRegistry.Page found = registry.list(new UnitRegistry.Filter(level, parentCode, province, validOn, name), page, size);
        return new PageResponse<>(found.items().stream().map(UnitResponse::of).toList(), page, size, found.total());
    }

    @GetMapping("/{code}")
    @AnyUser
    @Operation(summary = "Xem một đơn vị hành chính (read one unit; ETag = version)")
    ResponseEntity<UnitResponse> get(@PathVariable String code) {
        return answer(ResponseEntity.ok(), registry.get(code));
    }

    @GetMapping("/{code}/roll-up")
    @AnyUser
    @Operation(summary = "Đơn vị kế thừa vào một ngày (the unit holding this unit's area on a date, following successors)")
    RollUpResponse rollUp(@PathVariable String code,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        Succession.RollUp rollUp = registry.rollUp(code, on);
        return new RollUpResponse(code, on, rollUp.unitCode(), rollUp.inForce(), rollUp.chain(),
                UnitResponse.of(registry.get(rollUp.unitCode())));
    }

    @PostMapping
    @PlatformAdmin
    @Operation(summary = "Thêm đơn vị hành chính (define a unit; platform administrator)")
    ResponseEntity<UnitResponse> define(@Valid @RequestBody NewUnitRequest request) {
        AdministrativeUnit unit = registry.define(request.code(), request.definition());
        return answer(ResponseEntity.created(URI.create("/api/v1/reference/units/" + unit.code())), unit);
    }

    @PostMapping(path = "/catalogue", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PlatformAdmin
    @Operation(summary = "Nạp danh mục huyện, xã của Tổng cục Thống kê (load the statistics office's catalogue of districts "
            + "and communes before 1 July 2025 — XLS, XLSX or CSV with the columns Mã TP, Quận Huyện, Mã QH, Phường Xã, "
            + "Mã PX; units already known are kept, each unusable row is reported; platform administrator)")
    UnitCatalogueImport.Report loadCatalogue(@RequestPart("file") MultipartFile file) throws IOException {
        return catalogue.load(file.getOriginalFilename(), file.getBytes());
    }

    @PutMapping("/{code}")
    @PlatformAdmin
    @Operation(summary = "Sửa đơn vị hành chính (change a unit: validity, successor, classification; If-Match required; stale version → 412)")
    ResponseEntity<UnitResponse> revise(@PathVariable String code,
                                        @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody RevisionRequest request) {
        return answer(ResponseEntity.ok(), registry.revise(code, Versions.required(ifMatch), request.definition()));
    }

    private static ResponseEntity<UnitResponse> answer(ResponseEntity.BodyBuilder builder, AdministrativeUnit unit) {
        return builder.body(UnitResponse.of(unit));
    }

    record NewUnitRequest(@NotBlank String code, @NotNull UnitDefinition definition) {
    }

    record RevisionRequest(@NotNull UnitDefinition definition) {
    }

    record UnitResponse(String code, long version, String name, String shortName, UnitLevel level, String officialCode,
                        String parentCode, String provinceTenantId, LocalDate validFrom, LocalDate validTo,
                        String successorCode, CommuneClassification classification,
                        List<ClassificationPeriod> classifications) implements Versioned {

        static UnitResponse of(AdministrativeUnit unit) {
            UnitDefinition d = unit.definition();
            return new UnitResponse(unit.code(), unit.version(), d.name(), d.shortName(), d.level(), d.officialCode(),
                    d.parentCode(), d.provinceTenantId(), d.validFrom(), d.validTo(), d.successorCode(),
                    unit.latestClassification().orElse(null), d.classifications());
        }
    }

    /**
     * Where a unit's results count on a day.
     *
     * @param code     the unit asked about
     * @param on       the day
     * @param unitCode the unit holding its area that day
     * @param inForce  false if the chain ends in a unit that no longer (or not yet) exists
     * @param chain    the successors followed
     */
    record RollUpResponse(String code, LocalDate on, String unitCode, boolean inForce, List<String> chain,
                          UnitResponse unit) {
    }
}
