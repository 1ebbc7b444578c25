package vn.taphuan.kit.audit;

import org.bson.Document;
import vn.taphuan.kit.events.EventContext;
import vn.taphuan.kit.security.CurrentUser;
import vn.taphuan.kit.security.Role;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Set;
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
    /** Member names that say they hold a secret, e.g. {@code password}, {@code clientSecret}, {@code refresh_token}. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i)password|secret|token");

    static final String REDACTED = "***";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Clock clock;
    private final Set<String> redactedFields;

    public AuditRecorder(Clock clock) {
        this(clock, Set.of());
    }

    /**
     * @param redactedFields JSON field names whose values never enter the trail (e.g. {@code nationalId}: a service
     *                       that must not store ID numbers in clear must not have them in its audit log either)
     */
    public AuditRecorder(Clock clock, Set<String> redactedFields) {
        this.clock = clock;
        this.redactedFields = Set.copyOf(redactedFields);
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
            String body = redact(request.body(), redactedFields);
            if (body != null && !body.isEmpty()) {
                entry.append("commandBody", body.length() > MAX_COMMAND_CHARS
                        ? body.substring(0, MAX_COMMAND_CHARS) + "…[" + body.length() + " characters]" : body);
            }
        });
        return entry;
    }

    /**
     * The JSON body with the values of {@code fields}, and of every member whose name says it holds a secret
     * ({@code password}, {@code clientSecret}, {@code refresh_token}…), replaced by {@value #REDACTED} at any depth:
     * the trail shows that an administrator was created with a password, never the password.
     */
    static String redact(String body, Set<String> fields) {
        if (body == null || body.isEmpty()) {
            return body;
        }
        try {
            JsonNode tree = JSON.readTree(body);
            redact(tree, fields);
            return JSON.writeValueAsString(tree);
        } catch (JacksonException notJson) {
            // a body that is not JSON cannot be searched for the fields: keep none of it rather than risk them
            return REDACTED;
        }
    }

    private static void redact(JsonNode node, Set<String> fields) {
        if (node instanceof ObjectNode object) {
            for (String name : new ArrayList<>(object.propertyNames())) {
                boolean secret = fields.contains(name) || SECRET_NAME.matcher(name).find();
                if (secret && !object.get(name).isNull()) {
                    object.put(name, REDACTED);
                } else {
                    redact(object.get(name), fields);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> redact(element, fields));
        }
    }
}
