package vn.taphuan.enrolment.participant;

import java.util.Objects;

/**
 * A person in the province's registry of learners. Personal data stays in this service: no event carries it. The
 * person key (a keyed hash) is what other services see; it never changes once given, so counts made under it stay
 * attached to the same person when an ID number is added later.
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
    private String nationalIdTail;
    private ParticipantDetails details;
    private boolean ethnicMinority;

    Participant() {
    }

    private Participant(String id, String tenantId, String personKey, String nationalIdKey, String fallbackKey,
                        String nationalIdTail, ParticipantDetails details, boolean ethnicMinority) {
        this.id = id;
        this.tenantId = tenantId;
        this.personKey = personKey;
        this.nationalIdKey = nationalIdKey;
        this.fallbackKey = fallbackKey;
        this.nationalIdTail = nationalIdTail;
        this.details = details.withoutNationalId();
        this.ethnicMinority = ethnicMinority;
    }

    /**
     * A new person: known by the key of the ID number when there is one, else by the fallback key.
     *
     * @param ethnicMinority derived from the ethnicity code list (every group but Kinh)
     */
    public static Participant register(String id, String tenantId, ParticipantDetails details, String nationalIdKey,
                                       String fallbackKey, boolean ethnicMinority) {
        return new Participant(id, tenantId, nationalIdKey != null ? nationalIdKey : fallbackKey, nationalIdKey,
                fallbackKey, details.nationalId() == null ? null : NationalId.tail(details.nationalId()), details,
                ethnicMinority);
    }

    /**
     * Takes newer details (a corrected sheet, an ID number learnt later). Returns false when nothing changed, so
     * re-importing the same sheet writes nothing. The person key stays.
     */
    public boolean correct(ParticipantDetails newer, String newerNationalIdKey, String newerFallbackKey,
                           boolean newerEthnicMinority) {
        ParticipantDetails stored = newer.withoutNationalId();
        String tail = newer.nationalId() == null ? nationalIdTail : NationalId.tail(newer.nationalId());
        String idKey = newerNationalIdKey == null ? nationalIdKey : newerNationalIdKey;
        if (stored.equals(details) && Objects.equals(idKey, nationalIdKey) && newerFallbackKey.equals(fallbackKey)
                && Objects.equals(tail, nationalIdTail)) {
            return false;
        }
        details = stored;
        nationalIdKey = idKey;
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
