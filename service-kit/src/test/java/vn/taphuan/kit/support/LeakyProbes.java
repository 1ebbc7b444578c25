package vn.taphuan.kit.support;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.store.NotTenantScoped;

import java.util.List;
import java.util.Optional;

/** The wrong way to the store — by id alone, any province's — used only when a test switches a {@link Leaks} on. */
@Component
@NotTenantScoped("a deliberately leaky store, for the test proving the isolation suite catches leaks")
class LeakyProbes {

    private final MongoTemplate mongo;

    LeakyProbes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<Probe> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Probe.class));
    }

    void retitle(String id, String title) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("title", title), Probe.class);
    }

    List<String> allTitles() {
        return mongo.findAll(Probe.class).stream().map(Probe::title).toList();
    }
}
