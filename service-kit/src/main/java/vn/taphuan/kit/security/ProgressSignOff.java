package vn.taphuan.kit.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Signs a step of a province's periodic report that either level may take: the province administrator for its province, or a ministry analyst naming the province (the domain decides, by the report's state and the analyst's ministry, which of them may take it now).
 * <p>
 * Every API handler carries exactly one access annotation; a test per service fails on a handler without one.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','MINISTRY_ANALYST')")
public @interface ProgressSignOff {
}
