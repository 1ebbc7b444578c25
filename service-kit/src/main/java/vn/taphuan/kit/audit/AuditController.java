package vn.taphuan.kit.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.security.TenantAdmin;
import vn.taphuan.kit.store.TenantProjections;
import vn.taphuan.kit.web.PageResponse;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The tenant's audit trail in this service, newest first. Read-only: the API offers no way to change or delete an
 * entry.
 */
@RestController
@Validated
@Tag(name = "Nhật ký thao tác (audit trail)")
public class AuditController {

    private final TenantProjections trail;

    public AuditController(TenantProjections trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit")
    @TenantAdmin
    @Operation(summary = "Nhật ký thao tác của tỉnh (the province's audit trail: who changed what, when)")
    public PageResponse<AuditEntry> trail(@RequestParam(required = false) String aggregateId,
                                          @RequestParam(required = false) String actor,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                          @RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Criteria criteria = new Criteria();
        if (aggregateId != null) {
            criteria = criteria.and("aggregateId").is(aggregateId);
        }
        if (actor != null) {
            criteria = criteria.and("actor").is(actor);
        }
        if (from != null || to != null) {
            Criteria at = criteria.and("at");
            if (from != null) {
                at = at.gte(Date.from(from));
            }
            if (to != null) {
                at.lt(Date.from(to));
            }
        }
        long total = trail.count(AuditRecorder.LOG, criteria);
        List<AuditEntry> items = trail.find(AuditRecorder.LOG, criteria, Sort.by(Sort.Direction.DESC, "at"),
                (long) page * size, size).stream().map(AuditEntry::of).toList();
        return new PageResponse<>(items, page, size, total);
    }

    /**
     * One audited write.
     *
     * @param id            entry id
     * @param at            when the write was stored
     * @param actor         user name, {@code event:<id>} when an event caused it, or {@code system}
     * @param actorName     the user's display name
     * @param actorRoles    the user's roles
     * @param command       HTTP method and path of the command
     * @param commandBody   its JSON body (long bodies are cut)
     * @param aggregateType kind of record changed
     * @param aggregateId   id of the record changed
     * @param versionBefore its version before (0 when created)
     * @param versionAfter  its version after
     * @param events        events the write announced
     */
    public record AuditEntry(String id, Instant at, String actor, String actorName, List<String> actorRoles,
                             String command, String commandBody, String aggregateType, String aggregateId,
                             long versionBefore, long versionAfter, List<String> events) {

        static AuditEntry of(Document d) {
            return new AuditEntry(d.getString("_id"), d.getDate("at").toInstant(), d.getString("actor"),
                    d.getString("actorName"), d.getList("actorRoles", String.class, List.of()), d.getString("command"),
                    d.getString("commandBody"), d.getString("aggregateType"), d.getString("aggregateId"),
                    d.get("versionBefore", Number.class).longValue(), d.get("versionAfter", Number.class).longValue(),
                    d.getList("events", String.class, List.of()));
        }
    }
}
