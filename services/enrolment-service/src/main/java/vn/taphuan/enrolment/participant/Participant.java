package vn.taphuan.enrolment.participant;

import java.util.Objects;

/**
 * A person in the province's registry of learners. Personal data stays in this service: no event carries it. The
 * person key (a keyed hash) is what other services see; it never changes once given, so counts made under it stay
 * attached to the same person when an ID number is added later.
 * <p>
 * The person is found again by two keys, each stored as a <em>slot</em> that embeds the province and has a unique
 * index of its own, so that a batch of lookups is one query answered from an index: {@code idSlot} (the ID-number
 * key; absent without one) and {@code fallbackSlot} (the name, birth-year and unit key, and the person's place
 * among namesakes sharing it: 0, 1, 2…).
 */
public class Participant {

    private String id;
    private String tenantId;
    private long version;
    private String personKey;
    /** Keyed hash of the ID number, once one is known; looked up to recognise the person. */
    private String nationalIdKey;
    /** Keyed hash of name, birth year and unit; looked up when a sheet gives no ID number. */
    private String fallbackKey;
    private String idSlot;
    private String fallbackSlot;
    private String nationalIdTail;
    private ParticipantDetails details;
    private boolean ethnicMinority;

    Participant() {
    }

    private Participant(String id, String tenantId, String personKey, String nationalIdKey, String fallbackKey,
                        int namesake, String nationalIdTail, ParticipantDetails details, boolean ethnicMinority) {
        this.id = id;
        this.tenantId = tenantId;
        this.personKey = personKey;
        this.nationalIdKey = nationalIdKey;
        this.fallbackKey = fallbackKey;
        this.idSlot = nationalIdKey == null ? null : idSlotOf(tenantId, nationalIdKey);
        this.fallbackSlot = fallbackSlotOf(tenantId, fallbackKey, namesake);
        this.nationalIdTail = nationalIdTail;
        this.details = details.withoutNationalId();
        this.ethnicMinority = ethnicMinority;
    }

    /**
     * A new person: known by the key of the ID number when there is one, else by the fallback key.
     *
     * @param namesake       a place among the namesakes sharing the fallback key that none of them holds
     * @param ethnicMinority derived from the ethnicity code list (every group but Kinh)
     */
    public static Participant register(String id, String tenantId, ParticipantDetails details, String nationalIdKey,
                                       String fallbackKey, int namesake, boolean ethnicMinority) {
        return new Participant(id, tenantId, nationalIdKey != null ? nationalIdKey : fallbackKey, nationalIdKey,
                fallbackKey, namesake, details.nationalId() == null ? null : NationalId.tail(details.nationalId()),
                details, ethnicMinority);
    }

    /** The slot of an ID-number key in a province. */
    public static String idSlotOf(String tenantId, String nationalIdKey) {
        return tenantId + "|" + nationalIdKey;
    }

    /** The slot of the {@code namesake}-th person sharing a fallback key in a province. */
    public static String fallbackSlotOf(String tenantId, String fallbackKey, int namesake) {
        return tenantId + "|" + fallbackKey + "|" + namesake;
    }

    /**
     * Takes newer details (a corrected sheet, an ID number learnt later). Returns false when nothing changed, so
     * re-importing the same sheet writes nothing. The person key stays.
     *
     * @param namesakeIfMoved the place to take among the namesakes of {@code newerFallbackKey}, if that key is new
     */
    public boolean correct(ParticipantDetails newer, String newerNationalIdKey, String newerFallbackKey,
                           boolean newerEthnicMinority, int namesakeIfMoved) {
        ParticipantDetails stored = newer.withoutNationalId();
        String tail = newer.nationalId() == null ? nationalIdTail : NationalId.tail(newer.nationalId());
        String idKey = newerNationalIdKey == null ? nationalIdKey : newerNationalIdKey;
        if (stored.equals(details) && Objects.equals(idKey, nationalIdKey) && newerFallbackKey.equals(fallbackKey)
                && Objects.equals(tail, nationalIdTail)) {
            return false;
        }
        details = stored;
        nationalIdKey = idKey;
        idSlot = idKey == null ? null : idSlotOf(tenantId, idKey);
        if (!newerFallbackKey.equals(fallbackKey)) {
            fallbackSlot = fallbackSlotOf(tenantId, newerFallbackKey, namesakeIfMoved);
        }
        fallbackKey = newerFallbackKey;
        nationalIdTail = tail;
        ethnicMinority = newerEthnicMinority;
        return true;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String personKey() {
        return personKey;
    }

    public String nationalIdKey() {
        return nationalIdKey;
    }

    public String fallbackKey() {
        return fallbackKey;
    }

    /** This person's place among the namesakes sharing the fallback key. */
    public int namesake() {
        return Integer.parseInt(fallbackSlot.substring(fallbackSlot.lastIndexOf('|') + 1));
    }

    public String nationalIdTail() {
        return nationalIdTail;
    }

    public ParticipantDetails details() {
        return details;
    }

    public boolean ethnicMinority() {
        return ethnicMinority;
    }
}
