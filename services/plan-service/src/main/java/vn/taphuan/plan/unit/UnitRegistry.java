package vn.taphuan.plan.unit;

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
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.Decision;
import vn.taphuan.plan.NationalScope;
import vn.taphuan.plan.PlanProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The administrative units of the country as data with validity dates, including the 1 July 2025 reorganisation.
 * Every unit defined or changed is announced as {@code AdministrativeUnitDefined} on {@code reference.events.v1}
 * (tenant {@code national}), so enrolment and reporting roll results recorded under an old unit up to its successor
 * without ever calling this service. Seeded from {@code administrative-units.json} on first start (missing units
 * only), then edited by the platform administrator.
 */
@Service
public class UnitRegistry {

    private static final Logger log = LoggerFactory.getLogger(UnitRegistry.class);
    static final int MAX_UNITS_PER_PROVINCE = 5_000;

    private final AggregateStore store;
    private final PlanProperties properties;
    private final JsonMapper json;

    UnitRegistry(AggregateStore store, PlanProperties properties, JsonMapper json) {
        this.store = store;
        this.properties = properties;
        this.json = json;
    }

    public Optional<AdministrativeUnit> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return NationalScope.call(() -> store.find(AdministrativeUnit.class, code));
    }

    public AdministrativeUnit get(String code) {
        return find(code).orElseThrow(() -> notFound(code));
    }

    private static Refused notFound(String code) {
        return Refused.notFound(new UnitRefusal.UnitNotFound(code));
    }

    /** Filters of the unit list; null means "any". */
    public record Filter(UnitLevel level, String parentCode, String provinceTenantId, LocalDate validOn, String name) {
    }

    public record Page(List<AdministrativeUnit> items, long total) {
    }

    public Page list(Filter filter, int page, int size) {
        Criteria criteria = new Criteria();
        if (filter.level() != null) {
            criteria = criteria.and("definition.level").is(filter.level());
        }
        if (filter.parentCode() != null) {
            criteria = criteria.and("definition.parentCode").is(filter.parentCode());
        }
        if (filter.provinceTenantId() != null) {
            criteria = criteria.and("definition.provinceTenantId").is(filter.provinceTenantId());
        }
        if (filter.validOn() != null) {
            criteria = criteria.and("definition.validFrom").lte(filter.validOn()).orOperator(
                    Criteria.where("definition.validTo").is(null),
                    Criteria.where("definition.validTo").gte(filter.validOn()));
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            criteria = criteria.and("definition.name").regex(Pattern.quote(filter.name().trim()), "i");
        }
        Criteria query = criteria;
        return NationalScope.call(() -> new Page(
                store.list(AdministrativeUnit.class, query, Sort.by("_id"), page * size, size),
                store.count(AdministrativeUnit.class, query)));
    }

    /** Every unit that belongs to one of these provinces (tenants), whatever its validity. */
    public List<AdministrativeUnit> ofProvinces(Collection<String> provinceTenantIds) {
        return NationalScope.call(() -> store.list(AdministrativeUnit.class,
                Criteria.where("definition.provinceTenantId").in(provinceTenantIds), Sort.by("_id"), 0,
                MAX_UNITS_PER_PROVINCE * Math.max(1, provinceTenantIds.size())));
    }

    /** The unit holding {@code code}'s area on {@code on}, following successors (the roll-up mapping). */
    public Succession.RollUp rollUp(String code, LocalDate on) {
        return Succession.rollUp(code, on, this::definitionOf)
                .orElseThrow(() -> notFound(code));
    }

    public AdministrativeUnit define(String code, UnitDefinition definition) {
        AdministrativeUnit unit = AdministrativeUnit.define(code, definition, this::definitionOf);
        NationalScope.call(() -> store.insert(unit, code, List.of(toContract(unit))));
        return get(code);
    }

    /** Changes a unit, if nobody changed it since the caller read {@code expectedVersion}. */
    public AdministrativeUnit revise(String code, long expectedVersion, UnitDefinition definition) {
        AggregateStore.Executed<AdministrativeUnit, Void> done = NationalScope.call(() -> store.execute(
                AdministrativeUnit.class, code, expectedVersion, () -> {
                    throw notFound(code);
                }, unit -> {
                    List<AdministrativeUnit.Defined> events = unit.revise(definition, this::definitionOf);
                    return events.isEmpty() ? Decision.unchanged()
                            : Decision.write(events.stream().map(e -> toContract(e.unit())).toList());
                }));
        return done.written() ? get(code) : done.aggregate();
    }

    private Optional<UnitDefinition> definitionOf(String code) {
        return find(code).map(AdministrativeUnit::definition);
    }

    static AdministrativeUnitDefined toContract(AdministrativeUnit unit) {
        UnitDefinition d = unit.definition();
        return new AdministrativeUnitDefined(unit.code(), d.name(), d.level().name(), d.parentCode(),
                d.provinceTenantId(), d.validFrom().toString(), d.validTo() == null ? null : d.validTo().toString(),
                d.successorCode(), unit.latestClassification().map(Enum::name).orElse(null));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    void seed() {
        if (!properties.seedUnits()) {
            return;
        }
        SeedFile file;
        try (InputStream in = new ClassPathResource("administrative-units.json").getInputStream()) {
            file = json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, UnitDefinition> seeds = new LinkedHashMap<>();
        file.units().forEach(seed -> seeds.put(seed.code(), seed.definition()));
        // references are checked against the whole file as well as the store: a successor may come later in the file
        AdministrativeUnit.Units known = code -> Optional.ofNullable(seeds.get(code)).or(() -> definitionOf(code));
        int added = 0;
        for (Map.Entry<String, UnitDefinition> seed : seeds.entrySet()) {
            if (find(seed.getKey()).isPresent()) {
                continue;
            }
            AdministrativeUnit unit = AdministrativeUnit.define(seed.getKey(), seed.getValue(), known);
            try {
                NationalScope.call(() -> store.insert(unit, unit.code(), List.of(toContract(unit))));
                added++;
            } catch (DuplicateKeyException anotherReplicaWasFaster) {
                // seeded concurrently by another instance
            }
        }
        log.info("administrative units: {} of {} reference units added", added, seeds.size());
    }

    /** {@code administrative-units.json}: where the data comes from, its conventions, and the units. */
    record SeedFile(String source, List<String> conventions, List<Seed> units) {
    }

    record Seed(String code, UnitDefinition definition) {
    }
}
