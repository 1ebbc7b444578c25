package vn.taphuan.kit.testing;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.taphuan.kit.testing.fixture.FixtureApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** A service class holding a raw store is named unless it says why its data is no single province's. */
class TenantScopedStoresTest {

    @Test
    void aRawStoreWithoutAReasonIsNamedAndTheScopedStoresAndTheExceptionsAreNot() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean(FixtureApplication.class);
            context.registerBean(FixtureApplication.Counts.class, () -> new FixtureApplication.Counts(null));
            context.registerBean(FixtureApplication.Replica.class, () -> new FixtureApplication.Replica(null));
            context.registerBean(FixtureApplication.Scoped.class, () -> new FixtureApplication.Scoped(null, null));
            context.registerBean(FixtureApplication.Units.class, () -> new FixtureApplication.Units(null));
            context.registerBean(Outside.class, () -> new Outside(null));
            context.refresh();

            assertThat(TenantScopedStores.unscopedBeans(context)).containsExactly(
                    FixtureApplication.Counts.class.getName() + ".mongo (MongoOperations)",
                    FixtureApplication.Replica.class.getName() + ".projections (ProjectionStore)");
        }
    }

    /** Outside the service's package: not the service's code. */
    static class Outside {
        final MongoTemplate mongo;

        Outside(MongoTemplate mongo) {
            this.mongo = mongo;
        }
    }
}
