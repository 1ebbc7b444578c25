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
import vn.taphuan.kit.refusal.Refused;
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

    private static Refused notFound(String code) {
        return Refused.notFound(new ProgrammeRefusal.ProgrammeNotFound(code));
    }

    public List<Programme> all() {
        return NationalScope.call(() -> store.list(Programme.class, new Criteria(),
                Sort.by("definition.periodStart", "_id"), 0, MAX_PROGRAMMES));
    }

    /** Adds a programme to the catalogue; an existing code is a conflict (409). */
    public Programme define(String code, ProgrammeDefinition definition) {
        Programme programme = Programme.define(code, definition);
        requireKnownSuccessor(definition);
        NationalScope.call(() -> store.insert(programme, code, List.of()));
        return get(code);
    }

    /** Replaces a programme's definition, if nobody changed it since the caller read {@code expectedVersion}. */
    public Programme revise(String code, long expectedVersion, ProgrammeDefinition definition) {
        NationalScope.call(() -> store.execute(Programme.class, code, expectedVersion, () -> {
            throw notFound(code);
        }, programme -> {
            programme.revise(definition);
            requireKnownSuccessor(definition);
            return Decision.write(List.of());
        }));
        return get(code);
    }

    /** The programmes continued by {@code code} (the 2021–2025 programmes, for the merged one of 2026–2035). */
    public List<String> predecessorsOf(String code, List<Programme> catalogue) {
        return catalogue.stream().filter(p -> p.successorCode().filter(code::equals).isPresent())
                .map(Programme::code).toList();
    }

    private void requireKnownSuccessor(ProgrammeDefinition definition) {
        String successor = definition.successorCode();
        if (successor != null && find(successor).isEmpty()) {
            throw Refused.invalid("successorCode", new ProgrammeRefusal.ProgrammeNotInCatalogue(successor));
        }
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
        int linked = 0;
        for (Seed seed : seeds) {
            Optional<Programme> existing = find(seed.code());
            if (existing.isPresent()) {
                linked += linkToSuccessor(existing.get(), seed) ? 1 : 0;
                continue;
            }
            try {
                define(seed.code(), seed.definition());
                added++;
            } catch (DuplicateKeyException anotherReplicaWasFaster) {
                // seeded concurrently by another instance: the entry is there, which is all that matters
            }
        }
        log.info("programme catalogue: {} of {} reference entries added, {} linked to their successor", added,
                seeds.size(), linked);
    }

    /**
     * A catalogue seeded before 2026 lacks the link from the 2021–2025 programmes to the merged one: it is added,
     * and nothing else of the administrator's entry is touched (an entry that names a successor already is kept).
     */
    private boolean linkToSuccessor(Programme stored, Seed seed) {
        String successor = seed.definition().successorCode();
        if (successor == null || stored.successorCode().isPresent() || find(successor).isEmpty()) {
            return false;
        }
        try {
            revise(stored.code(), stored.version(), stored.definition().withSuccessor(successor));
            return true;
        } catch (RuntimeException anotherReplicaOrAnEditWasFaster) {
            // a stale version: someone else changed the entry meanwhile, and their version stands
            return false;
        }
    }

    /** One entry of {@code programmes.json}. */
    record Seed(String code, ProgrammeDefinition definition) {
    }
}
