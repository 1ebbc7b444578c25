package vn.taphuan.enrolment.participant;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.enrolment.reference.EthnicGroup;
import vn.taphuan.enrolment.reference.EthnicGroups;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.problem.NotFound;
import vn.taphuan.kit.problem.RuleViolation;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.StaleAggregate;
import vn.taphuan.kit.tenant.TenantContext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The province's registry of learners. Recognises a person again by the keyed hash of their ID number, or, when a
 * sheet gives none, by name, birth year and unit; registers the people it does not know yet. Works on batches, so
 * an imported sheet of thousands of rows costs a few round trips, and a single registration is a batch of one.
 */
@Service
public class ParticipantService {

    private static final int MAX_RETRIES = 3;

    private final AggregateStore store;
    private final PersonKeys keys;
    private final EthnicGroups ethnicGroups;
    private final AdministrativeUnits units;

    ParticipantService(AggregateStore store, PersonKeys keys, EthnicGroups ethnicGroups, AdministrativeUnits units) {
        this.store = store;
        this.keys = keys;
        this.ethnicGroups = ethnicGroups;
        this.units = units;
    }

    /** A reader of details as officers write them; keeps the province's units once read, so use one per batch. */
    public ParticipantForm form() {
        return new ParticipantForm(ethnicGroups, units);
    }

    /** What became of one person of a batch. */
    public sealed interface Resolution {
    }

    /**
     * The person as registered now.
     *
     * @param created true if this call registered them
     * @param updated true if this call corrected their details
     */
    public record Found(Participant participant, boolean created, boolean updated) implements Resolution {
    }

    /** The person could not be told apart from others (namesakes without ID numbers). */
    public record Refused(FieldViolation reason) implements Resolution {
    }

    /** Finds or registers each person, in order; one result per input. */
    public List<Resolution> resolveAll(List<ParticipantDetails> people) {
        return resolveAll(people, keyIndex());
    }

    /**
     * As {@link #resolveAll(List)}, looking people up in {@code index} (kept up to date with whom this call
     * registers), so that the batches of one import read the registry's keys once rather than once per batch.
     */
    public List<Resolution> resolveAll(List<ParticipantDetails> people, KeyIndex index) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tryResolveAll(people, index);
            } catch (StaleAggregate | ConcurrentRegistration raced) {
                // someone registered or corrected one of these people at the same moment: look again
                if (attempt == MAX_RETRIES) {
                    throw raced;
                }
                index.reload();
            }
        }
    }

    /** The province's person keys as they are now. */
    public KeyIndex keyIndex() {
        KeyIndex index = new KeyIndex(TenantContext.require());
        index.reload();
        return index;
    }

    /**
     * Which participant has which keys, for one province: the lookup of people by ID-number key and by fallback
     * key. Read once per import with one query returning only the keys; the participants themselves are then read
     * by id.
     */
    public final class KeyIndex {
        private final String tenant;
        private final Map<String, String> byIdKey = new HashMap<>();
        private final Map<String, Set<String>> byFallback = new HashMap<>();
        private final Map<String, String> fallbackOf = new HashMap<>();

        private KeyIndex(String tenant) {
            this.tenant = tenant;
        }

        void reload() {
            byIdKey.clear();
            byFallback.clear();
            fallbackOf.clear();
            if (!tenant.equals(TenantContext.require())) {
                throw new IllegalStateException("the person keys of " + tenant + " reloaded for " + TenantContext.require());
            }
            store.fields(Participant.class, new Criteria(), "nationalIdKey", "fallbackKey").forEach(d ->
                    put(d.getString("_id"), d.getString("nationalIdKey"), d.getString("fallbackKey")));
        }

        void put(String participantId, String nationalIdKey, String fallbackKey) {
            if (nationalIdKey != null) {
                byIdKey.put(nationalIdKey, participantId);
            }
            String previous = fallbackOf.put(participantId, fallbackKey);
            if (previous != null && !previous.equals(fallbackKey)) {
                byFallback.getOrDefault(previous, new HashSet<>()).remove(participantId);
            }
            byFallback.computeIfAbsent(fallbackKey, k -> new HashSet<>()).add(participantId);
        }

        Set<String> candidates(String nationalIdKey, String fallbackKey) {
            Set<String> ids = new HashSet<>(byFallback.getOrDefault(fallbackKey, Set.of()));
            if (nationalIdKey != null && byIdKey.containsKey(nationalIdKey)) {
                ids.add(byIdKey.get(nationalIdKey));
            }
            return ids;
        }
    }

    /**
     * Finds or registers one person from what an officer wrote; refuses with every bad field named
     * {@code fieldPrefix + name}.
     */
    public Found register(ParticipantForm.Raw raw, ParticipantForm.Defaults defaults, String fieldPrefix) {
        ParticipantForm.Result read = form().read(raw, defaults);
        if (!read.valid()) {
            throw new InvalidInput(read.problems().stream()
                    .map(p -> p.toViolation(fieldPrefix + p.field().jsonName())).toList());
        }
        Resolution resolution = resolveAll(List.of(read.details())).get(0);
        if (resolution instanceof Refused refused) {
            throw new RuleViolation("ambiguous-person", refused.reason().message(), refused.reason().messageEn(),
                    List.of(FieldViolation.of(fieldPrefix + refused.reason().field(), refused.reason().message(),
                            refused.reason().messageEn())));
        }
        return (Found) resolution;
    }

    /** The participants among {@code ids}, by id. */
    public Map<String, Participant> getAll(java.util.Collection<String> ids) {
        Map<String, Participant> found = new HashMap<>();
        store.findAll(Participant.class, ids).forEach(p -> found.put(p.id(), p));
        return found;
    }

    public Participant get(String participantId) {
        return store.find(Participant.class, participantId)
                .orElseThrow(() -> new NotFound("học viên", "participant", participantId));
    }

    /** The registry, by name (any case) or unit, one page at a time. */
    public List<Participant> list(String nameContains, String unitCode, int page, int size) {
        return store.list(Participant.class, criteria(nameContains, unitCode),
                Sort.by("details.fullName").and(Sort.by("_id")), page * size, size);
    }

    public long count(String nameContains, String unitCode) {
        return store.count(Participant.class, criteria(nameContains, unitCode));
    }

    private static Criteria criteria(String nameContains, String unitCode) {
        Criteria criteria = new Criteria();
        if (nameContains != null && !nameContains.isBlank()) {
            criteria = criteria.and("details.fullName").regex(java.util.regex.Pattern.quote(nameContains.trim()), "i");
        }
        if (unitCode != null) {
            criteria = criteria.and("details.unitCode").is(unitCode);
        }
        return criteria;
    }

    private List<Resolution> tryResolveAll(List<ParticipantDetails> people, KeyIndex index) {
        String tenant = TenantContext.require();
        List<String> idKeys = new ArrayList<>(people.size());
        List<String> fallbackKeys = new ArrayList<>(people.size());
        for (ParticipantDetails person : people) {
            idKeys.add(person.nationalId() == null ? null : keys.ofNationalId(person.nationalId()));
            fallbackKeys.add(keys.ofNameBirthYearUnit(person.fullName(), person.birthYear(), person.unitCode()));
        }
        Map<String, Participant> byIdKey = new HashMap<>();
        Map<String, List<Participant>> byFallback = new HashMap<>();
        Set<String> candidateIds = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            candidateIds.addAll(index.candidates(idKeys.get(i), fallbackKeys.get(i)));
        }
        for (Participant known : store.findAll(Participant.class, candidateIds)) {
            index(known, byIdKey, byFallback);
        }

        List<Resolution> results = new ArrayList<>(people.size());
        Map<String, Participant> created = new LinkedHashMap<>();
        Map<String, Participant> corrected = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            ParticipantDetails person = people.get(i);
            String idKey = idKeys.get(i);
            String fallbackKey = fallbackKeys.get(i);
            boolean minority = ethnicGroups.byCode(person.ethnicityCode()).map(EthnicGroup::minority).orElseThrow();
            List<Participant> namesakes = byFallback.getOrDefault(fallbackKey, List.of());
            Participant match;
            if (idKey != null) {
                match = byIdKey.get(idKey);
                if (match == null) {
                    // known so far only by name, birth year and unit: this ID number now identifies them
                    List<Participant> withoutId = namesakes.stream().filter(p -> p.nationalIdKey() == null).toList();
                    match = withoutId.size() == 1 ? withoutId.get(0) : null;
                }
            } else if (namesakes.size() > 1) {
                results.add(new Refused(FieldViolation.of("nationalId",
                        "có " + namesakes.size() + " người cùng họ tên, năm sinh và đơn vị; cần số CCCD để phân biệt",
                        namesakes.size() + " people share this name, birth year and unit; give the ID number")));
                continue;
            } else {
                match = namesakes.isEmpty() ? null : namesakes.get(0);
            }
            if (match == null) {
                String personKey = idKey != null ? idKey : fallbackKey;
                Participant registered = Participant.register(participantId(tenant, personKey), tenant, person, idKey,
                        fallbackKey, minority);
                created.put(registered.id(), registered);
                index(registered, byIdKey, byFallback);
                results.add(new Found(registered, true, false));
            } else {
                boolean changed = match.correct(person, idKey, fallbackKey, minority);
                if (changed && !created.containsKey(match.id())) {
                    corrected.put(match.id(), match);
                }
                index(match, byIdKey, byFallback);
                results.add(new Found(match, created.containsKey(match.id()), changed && !created.containsKey(match.id())));
            }
        }

        Set<String> existed = store.insertAll(created.values().stream()
                .map(p -> new AggregateStore.NewAggregate(p, p.id(), List.of())).toList());
        created.values().stream().filter(p -> !existed.contains(p.id()))
                .forEach(p -> index.put(p.id(), p.nationalIdKey(), p.fallbackKey()));
        if (!existed.isEmpty()) {
            throw new ConcurrentRegistration();
        }
        for (Participant participant : corrected.values()) {
            store.update(participant, participant.id(), participant.version(), List.of());
            index.put(participant.id(), participant.nationalIdKey(), participant.fallbackKey());
        }
        return results;
    }

    private static void index(Participant participant, Map<String, Participant> byIdKey,
                              Map<String, List<Participant>> byFallback) {
        if (participant.nationalIdKey() != null) {
            byIdKey.put(participant.nationalIdKey(), participant);
        }
        List<Participant> namesakes = new ArrayList<>(byFallback.getOrDefault(participant.fallbackKey(), List.of()));
        namesakes.removeIf(p -> p.id().equals(participant.id()));
        namesakes.add(participant);
        byFallback.put(participant.fallbackKey(), namesakes);
    }

    /** Deterministic, so two imports registering the same new person at once collide instead of doubling them. */
    static String participantId(String tenant, String personKey) {
        return UUID.nameUUIDFromBytes(("participant|" + tenant + "|" + personKey).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Another request registered one of the batch's new people first. */
    private static final class ConcurrentRegistration extends RuntimeException {
        ConcurrentRegistration() {
            super("a participant of the batch was registered concurrently", null, false, false);
        }
    }
}
