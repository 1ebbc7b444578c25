package vn.taphuan.kit.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Changes tenants and reference data: the platform administrator only.
 * <p>
 * Every API handler carries exactly one access annotation; a test per service fails on a handler without one.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
public @interface PlatformAdmin {
}
