package vn.taphuan.kit.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An aggregate whose every update sets all its fields, rather than only those that differ from the state it was
 * read at: one whose fields are also set outside the command path ({@link AggregateStore#touch}, which requires
 * this), so that its own write still wins over those — a field it left as it read it would otherwise keep the touched
 * value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WrittenWhole {
}
