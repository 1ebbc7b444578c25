package vn.taphuan.kit.tenant;

import vn.taphuan.kit.problem.InputReason;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The province (tenant) the current request or consumed event acts for. Set at the edges (web filter, event
 * consumer) and read by the store, so no call site has to pass it along or can forget it.
 */
public final class TenantContext {

    /** Tenant ids are lower-case slugs of the province name, e.g. {@code bac-giang}. */
    public static final Pattern TENANT_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant; a request without one never reaches code that calls this. */
    public static String require() {
        String tenant = CURRENT.get();
        if (tenant == null) {
            throw new InvalidInput(FieldViolation.of("X-Tenant-Id", new InputReason.TenantMissing()));
        }
        return tenant;
    }

    /** Runs {@code work} as {@code tenantId}, restoring whatever was set before. */
    public static Scope open(String tenantId) {
        String previous = CURRENT.get();
        CURRENT.set(tenantId);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    public static boolean isValid(String tenantId) {
        return tenantId != null && TENANT_ID.matcher(tenantId).matches();
    }

    /** Closes a tenant scope; try-with-resources friendly. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private TenantContext() {
    }
}
