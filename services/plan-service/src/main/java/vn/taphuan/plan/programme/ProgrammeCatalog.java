package vn.taphuan.plan.programme;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.problem.NotFound;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.Decision;
import vn.taphuan.plan.NationalScope;
import vn.taphuan.plan.PlanProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The programme catalogue: reference data every plan is made under. Seeded from {@code programmes.json} on first
 * start (only entries that are missing, so an administrator's edits are never overwritten), then edited by the
 * platform administrator through the API. Stored as the {@code national} tenant, so each edit is audited.
 */
@Service
public class ProgrammeCatalog {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeCatalog.class);
    private static final int MAX_PROGRAMMES = 500;

    private final AggregateStore store;
    private final PlanProperties properties;
    private final JsonMapper json;

    ProgrammeCatalog(AggregateStore store, PlanProperties properties, JsonMapper json) {
        this.store = store;
        this.properties = properties;
        this.json = json;
    }

    public Optional<Programme> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return NationalScope.call(() -> store.find(Programme.class, code));
    }

    public Programme get(String code) {
        return find(code).orElseThrow(() -> notFound(code));
    }

    private static NotFound notFound(String code) {
        return new NotFound("chương trình", "programme", code);
    }

    public List<Programme> all() {
        return NationalScope.call(() -> store.list(Programme.class, new Criteria(),
                Sort.by("definition.periodStart", "_id"), 0, MAX_PROGRAMMES));
    }

    /** Adds a programme to the catalogue; an existing code is a conflict (409). */
    public Programme define(String code, ProgrammeDefinition definition) {
        Programme programme = Programme.define(code, definition);
        NationalScope.call(() -> store.insert(programme, code, List.of()));
        return get(code);
    }

    /** Replaces a programme's definition, if nobody changed it since the caller read {@code expectedVersion}. */
    public Programme revise(String code, long expectedVersion, ProgrammeDefinition definition) {
        NationalScope.call(() -> store.execute(Programme.class, code, expectedVersion, () -> {
            throw notFound(code);
        }, programme -> {
            programme.revise(definition);
            return Decision.write(List.of());
        }));
        return get(code);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void seed() {
        if (!properties.seedProgrammes()) {
            return;
        }
        List<Seed> seeds;
        try (InputStream in = new ClassPathResource("programmes.json").getInputStream()) {
            seeds = json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int added = 0;
        for (Seed seed : seeds) {
            if (find(seed.code()).isPresent()) {
                continue;
            }
            try {
                define(seed.code(), seed.definition());
                added++;
            } catch (DuplicateKeyException anotherReplicaWasFaster) {
                // seeded concurrently by another instance: the entry is there, which is all that matters
            }
        }
        log.info("programme catalogue: {} of {} reference entries added", added, seeds.size());
    }

    /** One entry of {@code programmes.json}. */
    record Seed(String code, ProgrammeDefinition definition) {
    }
}
