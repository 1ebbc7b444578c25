package vn.taphuan.plan.tenant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import vn.taphuan.kit.security.NationalRead;
import vn.taphuan.kit.security.PlatformAdmin;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.kit.web.Versioned;
import vn.taphuan.kit.web.Versions;
import vn.taphuan.plan.VietnamTime;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Provinces as tenants: onboarding and soft offboarding by the platform administrator; the list for the ministry. */
@RestController
@RequestMapping("/api/v1/tenants")
@Tag(name = "Tỉnh sử dụng nền tảng (tenants)")
@Validated
class TenantController {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final TenantService tenants;
    private final Clock clock;

    TenantController(TenantService tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    @PostMapping
    @PlatformAdmin
    @Operation(summary = "Đưa một tỉnh vào sử dụng (onboard a province: the tenant and its first administrator; emits TenantOnboarded)")
    ResponseEntity<OnboardingResponse> onboard(@Valid @RequestBody OnboardingRequest request) {
        // without a chosen password the administrator gets a generated one, shown once in this answer and stored nowhere
        String password = request.administrator().password() == null ? generatedPassword() : request.administrator().password();
        Tenant tenant = tenants.onboard(request.tenantId(), request.toDefinition(),
                new IdentityProvider.NewAdministrator(request.administrator().username(), password,
                        request.administrator().name(), request.tenantId()));
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenant.id()))
                .eTag(Versions.etag(tenant.version()))
                .body(new OnboardingResponse(TenantResponse.of(tenant), tenant.administratorUsername(),
                        request.administrator().password() == null ? password : null));
    }

    @GetMapping
    @NationalRead
    @Operation(summary = "Danh sách tỉnh sử dụng nền tảng (every tenant; ministry and platform administrator)")
    PageResponse<TenantResponse> list(@RequestParam(required = false) TenantStatus status,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        TenantService.Page found = tenants.list(status, page, size);
        return new PageResponse<>(found.items().stream().map(TenantResponse::of).toList(), page, size, found.total());
    }

    @GetMapping("/{tenantId}")
    @NationalRead
    @Operation(summary = "Xem một tỉnh (read one tenant; ETag = version)")
    ResponseEntity<TenantResponse> get(@PathVariable String tenantId) {
        Tenant tenant = tenants.get(tenantId);
        return ResponseEntity.ok(TenantResponse.of(tenant));
    }

    @PostMapping("/{tenantId}/disabling")
    @PlatformAdmin
    @Operation(summary = "Ngừng sử dụng (soft offboarding: history stays readable, nothing new is accepted; emits TenantDisabled; If-Match required)")
    ResponseEntity<TenantResponse> disable(@PathVariable String tenantId,
                                           @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody(required = false) DisablingRequest request) {
        DisablingRequest given = request == null ? new DisablingRequest(null, null) : request;
        Tenant tenant = tenants.disable(tenantId, Versions.required(ifMatch),
                given.disabledOn() == null ? VietnamTime.today(clock) : given.disabledOn(), given.reason());
        return ResponseEntity.ok(TenantResponse.of(tenant));
    }

    @PostMapping("/{tenantId}/enabling")
    @PlatformAdmin
    @Operation(summary = "Cho sử dụng lại (re-enable a disabled tenant; emits TenantOnboarded; If-Match required)")
    ResponseEntity<TenantResponse> enable(@PathVariable String tenantId,
                                          @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        Tenant tenant = tenants.enable(tenantId, Versions.required(ifMatch));
        return ResponseEntity.ok(TenantResponse.of(tenant));
    }

    private static String generatedPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    record AdministratorRequest(@NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._@-]+$") String username,
                                @NotBlank @Size(max = 200) String name,
                                @Size(min = 8, max = 128) String password) {
    }

    record OnboardingRequest(@NotBlank String tenantId, @NotBlank String provinceCode, @NotBlank @Size(max = 200) String name,
                             @NotNull LocalDate validFrom, LocalDate validTo, String successorTenantId,
                             List<@NotBlank String> predecessorTenantIds,
                             @NotNull @Valid AdministratorRequest administrator) {

        TenantDefinition toDefinition() {
            return new TenantDefinition(provinceCode, name, validFrom, validTo, successorTenantId, predecessorTenantIds);
        }
    }

    record DisablingRequest(LocalDate disabledOn, @Size(max = 2000) String reason) {
    }

    record TenantResponse(String tenantId, long version, String provinceCode, String name, LocalDate validFrom,
                          LocalDate validTo, String successorTenantId, List<String> predecessorTenantIds,
                          TenantStatus status, LocalDate onboardedOn, LocalDate disabledOn, String disabledReason)
            implements Versioned {

        static TenantResponse of(Tenant tenant) {
            TenantDefinition d = tenant.definition();
            return new TenantResponse(tenant.id(), tenant.version(), d.provinceCode(), d.name(), d.validFrom(),
                    d.validTo(), d.successorTenantId(), d.predecessorTenantIds(), tenant.status(), tenant.onboardedOn(),
                    tenant.disabledOn(), tenant.disabledReason());
        }
    }

    /**
     * @param tenant                the new tenant
     * @param administratorUsername its first administrator's user name
     * @param initialPassword       the generated password, when none was chosen; shown only in this answer
     */
    record OnboardingResponse(TenantResponse tenant, String administratorUsername, String initialPassword) {
    }
}
