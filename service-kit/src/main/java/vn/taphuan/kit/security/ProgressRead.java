package vn.taphuan.kit.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Reads a province's progress figures, which carry no personal data: the province's own roles, and the ministry analyst naming the province.
 * <p>
 * Every API handler carries exactly one access annotation; a test per service fails on a handler without one.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('PROVINCE_VIEWER','PROVINCE_OFFICER','PROVINCE_ADMIN','MINISTRY_ANALYST')")
public @interface ProgressRead {
}
