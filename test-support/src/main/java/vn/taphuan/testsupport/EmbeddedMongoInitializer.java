package vn.taphuan.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.concurrent.atomic.AtomicInteger;

/** Points a test context at a fresh database on the embedded Mongo wire server. */
public class EmbeddedMongoInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String application = context.getEnvironment().getProperty("spring.application.name", "test");
        String database = application.replace("-service", "") + "-test-" + CONTEXTS.incrementAndGet();
        TestPropertyValues.of("spring.mongodb.uri=" + EmbeddedMongo.uri(database)).applyTo(context);
    }
}
