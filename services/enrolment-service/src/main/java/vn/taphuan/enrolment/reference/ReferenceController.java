package vn.taphuan.enrolment.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.security.AnyUser;
import vn.taphuan.kit.security.ProvinceRead;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.Comparator;
import java.util.List;

@RestController
@Tag(name = "Danh mục (reference data)")
class ReferenceController {

    private final EthnicGroups ethnicGroups;
    private final AdministrativeUnits units;

    ReferenceController(EthnicGroups ethnicGroups, AdministrativeUnits units) {
        this.ethnicGroups = ethnicGroups;
        this.units = units;
    }

    @AnyUser
    @GetMapping("/api/v1/reference/ethnic-groups")
    @Operation(summary = "Danh mục 54 dân tộc (the 54 ethnic groups with their official codes; all but Kinh are minorities)")
    List<EthnicGroupResponse> ethnicGroups() {
        return ethnicGroups.all().stream().map(g -> new EthnicGroupResponse(g.code(), g.name(), g.minority())).toList();
    }

    @ProvinceRead
    @GetMapping("/api/v1/reference/units")
    @Operation(summary = "Đơn vị hành chính của tỉnh (the province's administrative units, with validity dates)")
    List<AdministrativeUnit> units() {
        return units.ofTenant(TenantContext.require()).stream()
                .sorted(Comparator.comparing(AdministrativeUnit::level).thenComparing(AdministrativeUnit::code)).toList();
    }

    record EthnicGroupResponse(String code, String name, boolean minority) {
    }
}
