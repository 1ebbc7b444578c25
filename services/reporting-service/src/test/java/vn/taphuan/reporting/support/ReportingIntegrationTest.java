package vn.taphuan.reporting.support;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.StoreWatch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole reporting service against the real embedded broker and store, "today" fixed by {@link TestClock}, the
 * store commands countable ({@link StoreWatch}). Every integration test class uses exactly this, so they share one
 * cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceIntegrationTest
@AutoConfigureMockMvc
@Import({TestClock.class, StoreWatch.Config.class})
public @interface ReportingIntegrationTest {
}
