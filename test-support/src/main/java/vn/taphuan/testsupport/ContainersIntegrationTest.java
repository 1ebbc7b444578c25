package vn.taphuan.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Testcontainers twin of {@link ServiceIntegrationTest}: a whole service on a random port against the real
 * {@code mongo} and {@code apache/kafka} images of {@link ContainersAvailable}, its database named after the service.
 * Reported as skipped where no Docker engine runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {ContainersAvailable.Initializer.class, DevIdentityInitializer.class})
@ActiveProfiles("test")
public @interface ContainersIntegrationTest {
}
