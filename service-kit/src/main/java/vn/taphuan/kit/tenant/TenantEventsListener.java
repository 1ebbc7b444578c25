package vn.taphuan.kit.tenant;

import org.springframework.messaging.Message;
import vn.taphuan.contracts.tenant.v1.TenantDisabled;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.kit.events.EventConsumers;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Keeps {@link KnownTenants} from {@code tenant.events.v1}; bound in every service as {@code tenantEvents}. */
public final class TenantEventsListener {

    public static final String FUNCTION = "tenantEvents";

    public static Consumer<Message<List<byte[]>>> create(EventConsumers consumers, KnownTenants tenants) {
        return consumers.handling()
                .on(TenantOnboarded.class, event -> tenants.onboard(event.payload().tenantId(), event.payload().name(),
                        event.payload().provinceCode(), event.payload().predecessorTenantIds(), event.aggregateVersion()))
                .on(TenantDisabled.class, event -> tenants.disable(event.payload().tenantId(),
                        LocalDate.parse(event.payload().disabledOn()), event.aggregateVersion()))
                .build();
    }

    private TenantEventsListener() {
    }
}
