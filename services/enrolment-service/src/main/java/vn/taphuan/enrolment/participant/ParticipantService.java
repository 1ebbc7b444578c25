package vn.taphuan.enrolment.participant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.enrolment.reference.EthnicGroup;
import vn.taphuan.enrolment.reference.EthnicGroups;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.tenant.TenantContext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The province's registry of learners. Recognises a person again by the keyed hash of their ID number, or, when a
 * sheet gives none, by name, birth year and unit; registers the people it does not know yet. Works on batches, so
 * an imported sheet of thousands of rows costs a few round trips per chunk, and a single registration is a batch of
 * one. Looks people up by exact keys with unique indexes ({@code idSlot}, {@code fallbackSlot}), never by reading the
 * province's registry.
 */
@Service
public class ParticipantService {

    /** Places among namesakes looked up per query. */
    static final int NAMESAKE_BLOCK = 4;

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
    public record Refused(Violation reason) implements Resolution {
    }

    /**
     * Finds or registers each person, in order; one result per input. The registry is read by exact keys only
     * (see {@link Participant}): one query by ID-number key, one by name, birth-year and unit key for the rows that
     * need it (none when every row is recognised by its ID number; more only for groups of namesakes), then the new
     * people are registered in one bulk write — so a batch of 500 rows costs two or three round trips however large
     * the province's registry.
     */
    public List<Resolution> resolveAll(List<ParticipantDetails> people) {
        // someone registered or corrected one of these people at the same moment: look again
        return store.onLatest(() -> tryResolveAll(people));
    }

    /**
     * Finds or registers one person from what an officer wrote; refuses with every bad field named
     * {@code fieldPrefix + name}.
     */
    public Found register(ParticipantForm.Raw raw, ParticipantForm.Defaults defaults, String fieldPrefix) {
        ParticipantForm.Result read = form().read(raw, defaults);
        if (!read.valid()) {
            throw vn.taphuan.kit.refusal.Refused.invalid(read.problems().stream()
                    .map(p -> p.toViolation(fieldPrefix + p.field().jsonName())).toList());
        }
        Resolution resolution = resolveAll(List.of(read.details())).get(0);
        if (resolution instanceof Refused refused) {
            throw vn.taphuan.kit.refusal.Refused.rule(refused.reason().reason(),
                    List.of(Violation.of(fieldPrefix + refused.reason().field(), refused.reason().reason())));
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
                .orElseThrow(() -> vn.taphuan.kit.refusal.Refused.notFound(
                        new ParticipantRefusal.NoSuchParticipant(participantId)));
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

    private List<Resolution> tryResolveAll(List<ParticipantDetails> people) {
        String tenant = TenantContext.require();
        List<String> idKeys = new ArrayList<>(people.size());
        List<String> fallbackKeys = new ArrayList<>(people.size());
        for (ParticipantDetails person : people) {
            idKeys.add(person.nationalId() == null ? null : keys.ofNationalId(person.nationalId()));
            fallbackKeys.add(keys.ofNameBirthYearUnit(person.fullName(), person.birthYear(), person.unitCode()));
        }
        Namesakes namesakes = new Namesakes();
        Map<String, Participant> known = new LinkedHashMap<>();
        Map<String, Participant> byId = new HashMap<>();
        for (Participant p : store.findAllBy(Participant.class, "idSlot", idKeys.stream().filter(Objects::nonNull)
                .distinct().map(key -> Participant.idSlotOf(tenant, key)).toList())) {
            known.put(p.id(), p);
            byId.put(p.nationalIdKey(), p);
        }
        // namesakes matter only to rows not recognised by their ID number as they stand: without one, with one not
        // known yet (it may belong to a namesake known without it), or whose name, birth year or unit changed
        Set<String> namesakeKeys = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            Participant byNumber = idKeys.get(i) == null ? null : byId.get(idKeys.get(i));
            if (byNumber == null || !byNumber.fallbackKey().equals(fallbackKeys.get(i))) {
                namesakeKeys.add(fallbackKeys.get(i));
            }
        }
        for (Participant p : namesakesOf(tenant, namesakeKeys)) {
            known.put(p.id(), p);
            namesakes.take(p.fallbackKey(), p.namesake());
        }
        Map<String, Participant> byIdKey = new HashMap<>();
        Map<String, List<Participant>> byFallback = new HashMap<>();
        known.values().forEach(p -> index(p, byIdKey, byFallback));

        List<Resolution> results = new ArrayList<>(people.size());
        Map<String, Participant> created = new LinkedHashMap<>();
        Map<String, Participant> corrected = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            ParticipantDetails person = people.get(i);
            String idKey = idKeys.get(i);
            String fallbackKey = fallbackKeys.get(i);
            boolean minority = ethnicGroups.byCode(person.ethnicityCode()).map(EthnicGroup::minority).orElseThrow();
            List<Participant> sharing = byFallback.getOrDefault(fallbackKey, List.of());
            Participant match;
            if (idKey != null) {
                match = byIdKey.get(idKey);
                if (match == null) {
                    // known so far only by name, birth year and unit: this ID number now identifies them
                    List<Participant> withoutId = sharing.stream().filter(p -> p.nationalIdKey() == null).toList();
                    match = withoutId.size() == 1 ? withoutId.get(0) : null;
                }
            } else if (sharing.size() > 1) {
                results.add(new Refused(Violation.of("nationalId", new ParticipantRefusal.AmbiguousPerson(sharing.size()))));
                continue;
            } else {
                match = sharing.isEmpty() ? null : sharing.get(0);
            }
            if (match == null) {
                String personKey = idKey != null ? idKey : fallbackKey;
                Participant registered = Participant.register(participantId(tenant, personKey), tenant, person, idKey,
                        fallbackKey, namesakes.free(fallbackKey), minority);
                namesakes.take(fallbackKey, registered.namesake());
                created.put(registered.id(), registered);
                index(registered, byIdKey, byFallback);
                results.add(new Found(registered, true, false));
            } else {
                String previousKey = match.fallbackKey();
                int previousPlace = match.namesake();
                boolean moves = !fallbackKey.equals(previousKey);
                boolean changed = match.correct(person, idKey, fallbackKey, minority,
                        moves ? namesakes.free(fallbackKey) : previousPlace);
                if (moves) {
                    namesakes.leave(previousKey, previousPlace);
                    namesakes.take(fallbackKey, match.namesake());
                    String matchId = match.id();
                    byFallback.getOrDefault(previousKey, new ArrayList<>()).removeIf(p -> p.id().equals(matchId));
                }
                if (changed && !created.containsKey(match.id())) {
                    corrected.put(match.id(), match);
                }
                index(match, byIdKey, byFallback);
                results.add(new Found(match, created.containsKey(match.id()), changed && !created.containsKey(match.id())));
            }
        }

        Set<String> existed = store.insertAll(created.values().stream()
                .map(p -> new AggregateStore.NewAggregate(p, p.id(), List.of())).toList());
        if (!existed.isEmpty()) {
            // the same person, or a namesake taking the same place, was registered at the same moment
            throw new DuplicateKeyException("a participant of the batch was registered concurrently");
        }
        for (Participant participant : corrected.values()) {
            store.update(participant, participant.id(), participant.version(), List.of());
        }
        return results;
    }

    /**
     * The registered people sharing one of these fallback keys: places 0 to {@value #NAMESAKE_BLOCK}-1 of every key in
     * one query, the next block only for keys that had someone in the last one. Places are given lowest free first,
     * so a group has gaps only where namesakes were corrected to other details; only a run of
     * {@value #NAMESAKE_BLOCK} such gaps would hide the places after it.
     */
    private List<Participant> namesakesOf(String tenant, Set<String> fallbackKeys) {
        List<Participant> found = new ArrayList<>();
        Set<String> keys = fallbackKeys;
        for (int from = 0; !keys.isEmpty(); from += NAMESAKE_BLOCK) {
            List<String> slots = new ArrayList<>(keys.size() * NAMESAKE_BLOCK);
            for (String key : keys) {
                for (int place = from; place < from + NAMESAKE_BLOCK; place++) {
                    slots.add(Participant.fallbackSlotOf(tenant, key, place));
                }
            }
            List<Participant> block = store.findAllBy(Participant.class, "fallbackSlot", slots);
            found.addAll(block);
            keys = block.stream().map(Participant::fallbackKey).collect(java.util.stream.Collectors.toSet());
        }
        return found;
    }

    /** Which places among namesakes are taken, per fallback key, as far as this batch knows. */
    private static final class Namesakes {
        private final Map<String, Set<Integer>> taken = new HashMap<>();

        void take(String fallbackKey, int place) {
            taken.computeIfAbsent(fallbackKey, k -> new HashSet<>()).add(place);
        }

        void leave(String fallbackKey, int place) {
            taken.getOrDefault(fallbackKey, new HashSet<>()).remove(place);
        }

        /** The lowest place nobody holds. */
        int free(String fallbackKey) {
            Set<Integer> places = taken.getOrDefault(fallbackKey, Set.of());
            int place = 0;
            while (places.contains(place)) {
                place++;
            }
            return place;
        }
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
}
