package vn.taphuan.plan.tenant;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantTest {

    static final TenantDefinition NEW_BAC_NINH = new TenantDefinition("24", "Bắc Ninh", LocalDate.of(2025, 7, 1), null,
            null, List.of("bac-giang"));

    @Test
    void aMergedProvinceIsOnboardedWithThePredecessorsWhoseHistoryItInherits() {
        Tenant tenant = Tenant.onboard("bac-ninh", NEW_BAC_NINH, "admin@bac-ninh", LocalDate.of(2025, 7, 1));

        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.onboarded()).singleElement().isInstanceOfSatisfying(Tenant.Onboarded.class,
                onboarded -> assertThat(onboarded.tenant().definition().predecessorTenantIds()).containsExactly("bac-giang"));
    }

    @Test
    void theHundredthProvinceIsTheLastTheNationwideSumsAllow() {
        Tenant.requireRoomFor("bac-ninh", 99);

        assertThatThrownBy(() -> Tenant.requireRoomFor("bac-ninh", 100))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.kind()).isEqualTo(Refused.Kind.RULE);
                    assertThat(e.reason()).isEqualTo(new TenantRefusal.TooManyProvinces(100, 100, "bac-ninh"));
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("tenantId");
                });
    }

    @Test
    void disablingIsSoftAndCanBeUndone() {
        Tenant tenant = Tenant.onboard("bac-ninh", NEW_BAC_NINH, "admin@bac-ninh", LocalDate.of(2025, 7, 1));

        assertThat(tenant.disable(LocalDate.of(2025, 9, 1), "Thử nghiệm kết thúc"))
                .containsExactly(new Tenant.Disabled("bac-ninh", LocalDate.of(2025, 9, 1), "Thử nghiệm kết thúc"));
        assertThatThrownBy(() -> tenant.disable(LocalDate.of(2025, 9, 2), null)).isInstanceOfSatisfying(Refused.class,
                e -> {
                    assertThat(e.problem()).isEqualTo("tenant-status");
                    assertThat(e.reason()).isEqualTo(new TenantRefusal.AlreadyDisabled("bac-ninh", LocalDate.of(2025, 9, 1)));
                });

        assertThat(tenant.enable()).singleElement().isInstanceOf(Tenant.Onboarded.class);
        assertThat(tenant.disabledOn()).isNull();
        assertThatThrownBy(tenant::enable).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> tenant.disable(LocalDate.of(2025, 6, 1), null))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("disabledOn"));
    }

    @Test
    void everyBadFieldOfAnOnboardingIsNamed() {
        TenantDefinition bad = new TenantDefinition("2A", " ", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 1, 1),
                "Bac Ninh", List.of("bac-giang", "bac-giang", "Bắc Ninh"));

        assertThatThrownBy(() -> Tenant.onboard("national", bad, "a", LocalDate.of(2025, 7, 1)))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactlyInAnyOrder("tenantId", "provinceCode", "name", "validTo", "successorTenantId",
                                "predecessorTenantIds[1]"));
    }
}
