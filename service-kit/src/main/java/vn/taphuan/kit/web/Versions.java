package vn.taphuan.kit.web;

import vn.taphuan.kit.problem.InputReason;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.problem.PreconditionRequired;

/**
 * The one way a version travels over HTTP: a read answers with the stored version as a strong entity tag
 * ({@code ETag: "7"}, see {@link Versioned}); a write names the version it read in {@code If-Match}. A stale one is
 * refused by the command path ({@code StaleVersion}, 412); a write that must name one and does not is refused with
 * {@link PreconditionRequired} (428).
 */
public final class Versions {

    public static final String IF_MATCH = "If-Match";

    /** The strong entity tag of {@code version}: {@code "7"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version named by an {@code If-Match} header ({@code "7"}; {@code W/"7"} and {@code 7} are taken too), or null
     * without one (or with {@code *}, which accepts any version).
     *
     * @throws InvalidInput if the header holds something else
     */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidInput(FieldViolation.of(IF_MATCH, new InputReason.ReadVersionExpected()));
    }

    /**
     * Like {@link #expected}, for a write that changes what the caller read and so must name its version.
     *
     * @throws PreconditionRequired without one
     */
    public static long required(String ifMatch) {
        Long version = expected(ifMatch);
        if (version == null) {
            throw new PreconditionRequired(IF_MATCH);
        }
        return version;
    }

    private Versions() {
    }
}
