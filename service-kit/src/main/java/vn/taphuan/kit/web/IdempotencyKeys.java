package vn.taphuan.kit.web;

import vn.taphuan.kit.problem.InputReason;
import vn.taphuan.kit.problem.ServiceReason;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.problem.RuleViolation;
import vn.taphuan.kit.tenant.TenantContext;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one way a create is made safe to send again. The client names its request with an {@code Idempotency-Key}
 * header (one per form filled in, one per activity of a loader), and the new aggregate's id is derived from that key,
 * the province and what is created: a request sent again after its answer was lost (a timeout, the service restarted
 * in between) finds the aggregate it created and is answered with it, and nothing is created twice. The aggregate's
 * own document is the record of the key — there is no second write a crash could separate from it.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    /**
     * The id of what the request creates: derived from the key when there is one (the same key, province and kind,
     * the same id), else a new random one.
     *
     * @param kind what is created, e.g. {@code training-event}
     * @throws InvalidInput if the key is not 1–128 letters, digits or {@code . _ : -}
     */
    public static String newId(String kind, String key) {
        if (key == null) {
            return UUID.randomUUID().toString();
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInput(FieldViolation.of(HEADER, new InputReason.IdempotencyKeyFormat()));
        }
        String name = TenantContext.require() + "\n" + kind + "\n" + key;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The key was used before for a request that created something else (another plan's activity, say). */
    public static Refused reusedForAnotherRequest() {
        return Refused.rule(HEADER, new ServiceReason.IdempotencyKeyReused());
    }

    private IdempotencyKeys() {
    }
}
