package vn.taphuan.kit.audit;

import org.bson.Document;
import vn.taphuan.kit.events.EventContext;
import vn.taphuan.kit.security.CurrentUser;
import vn.taphuan.kit.security.Role;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Builds the audit entry of one write: who (the signed-in user, or the event that caused it), when, which tenant,
 * what command (the HTTP method, path and body) and what it produced (the aggregate's versions and events). The
 * entry rides in the aggregate document's {@code auditPending} array, written in the same single write as the state
 * change, and {@code OutboxRelay} moves it into the append-only {@code audit_log} collection — so no write escapes
 * the trail and no trail entry exists for a write that did not happen.
 */
public class AuditRecorder {

    public static final String PENDING = "auditPending";
    public static final String LOG = "audit_log";
    /** Request bodies above this size are cut in the trail (imports of thousands of rows are summarised elsewhere). */
    static final int MAX_COMMAND_CHARS = 20_000;
    /** JSON string members whose name says they hold a secret, e.g. {@code "password": "…"}. */
    private static final Pattern SECRET_MEMBER = Pattern.compile(
            "(\"[^\"]*(?i:password|secret|token)[^\"]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

    private final Clock clock;

    public AuditRecorder(Clock clock) {
        this.clock = clock;
    }

    public Document entry(String tenant, String aggregateType, String aggregateId, long versionBefore,
                          long versionAfter, List<String> eventTypes) {
        Document entry = new Document("_id", UUID.randomUUID().toString())
                .append("tenantId", tenant)
                .append("at", Date.from(clock.instant()))
                .append("aggregateType", aggregateType)
                .append("aggregateId", aggregateId)
                .append("versionBefore", versionBefore)
                .append("versionAfter", versionAfter)
                .append("events", eventTypes);
        CurrentUser.get().ifPresentOrElse(user -> entry
                        .append("actor", user.userId())
                        .append("actorName", user.name())
                        .append("actorRoles", user.roles().stream().map(Role::name).sorted().toList()),
                () -> entry.append("actor", EventContext.causationId().map(id -> "event:" + id).orElse("system")));
        AuditedRequest.current().ifPresent(request -> {
            entry.append("command", request.method() + " " + request.path());
            String body = redactSecrets(request.body());
            if (body != null && !body.isEmpty()) {
                entry.append("commandBody", body.length() > MAX_COMMAND_CHARS
                        ? body.substring(0, MAX_COMMAND_CHARS) + "…[" + body.length() + " characters]" : body);
            }
        });
        return entry;
    }

    /**
     * The command body with the values of secret members replaced by {@code "***"}: the trail shows that an
     * administrator was created with a password, never the password. Works on cut bodies too (no JSON parsing).
     */
    public static String redactSecrets(String body) {
        return body == null ? null : SECRET_MEMBER.matcher(body).replaceAll("$1\"***\"");
    }
}
