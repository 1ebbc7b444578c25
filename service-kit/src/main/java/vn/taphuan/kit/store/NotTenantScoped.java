package vn.taphuan.kit.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of a service that reaches the store around the tenant scope — through {@code MongoTemplate} or
 * {@link ProjectionStore} instead of {@link AggregateStore} and {@link TenantProjections} — and says why. Only data
 * that belongs to no single province may be reached this way:
 * <ul>
 *   <li>nationwide reference data, published under the tenant {@code national} (administrative units, programmes);</li>
 *   <li>the ministry's aggregates across provinces (read by {@code @NationalRead} endpoints only);</li>
 *   <li>store maintenance that touches no document (creating indexes).</li>
 * </ul>
 * The isolation suite ({@code AccessIsolationSuite}) fails for any bean of a service holding such a store without
 * this annotation, so an unscoped query is always a decision in plain sight, never an oversight.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotTenantScoped {

    /** Why this class's data is not one province's, e.g. "administrative units are nationwide reference data". */
    String value();
}
