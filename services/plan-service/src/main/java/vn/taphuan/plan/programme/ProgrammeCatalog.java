package vn.taphuan.plan.programme;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.plan.PlanProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The programmes plans can be made under; seeded from {@code programmes.json} on first start. */
@Component
public class ProgrammeCatalog {

    private final MongoTemplate mongo;
    private final PlanProperties properties;
    private final JsonMapper json;

    ProgrammeCatalog(MongoTemplate mongo, PlanProperties properties, JsonMapper json) {
        this.mongo = mongo;
        this.properties = properties;
        this.json = json;
    }

    public Optional<Programme> find(String code) {
        return Optional.ofNullable(code).map(c -> mongo.findById(c, Programme.class));
    }

    public List<Programme> all() {
        return mongo.find(new Query().with(Sort.by("periodStart", "id")), Programme.class);
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!properties.seedProgrammes()) {
            return;
        }
        try (InputStream in = new ClassPathResource("programmes.json").getInputStream()) {
            List<Programme> programmes = json.readValue(in, new TypeReference<>() {
            });
            // insert only what is missing: an administrator's later edits are never overwritten
            programmes.stream().filter(p -> find(p.id()).isEmpty()).forEach(mongo::insert);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
