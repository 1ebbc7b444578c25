package vn.taphuan.kit.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The province's administration (its audit trail): the province administrator, or the platform administrator naming the tenant.
 * <p>
 * Every API handler carries exactly one access annotation; a test per service fails on a handler without one.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','PLATFORM_ADMIN')")
public @interface TenantAdmin {
}
