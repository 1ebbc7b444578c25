package vn.taphuan.kit.periodlock;

import org.bson.Document;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.reporting.v1.PeriodReportAccepted;
import vn.taphuan.contracts.reporting.v1.PeriodReportApproved;
import vn.taphuan.contracts.reporting.v1.PeriodReportReopened;
import vn.taphuan.contracts.reporting.v1.PeriodReportReturned;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.kit.store.RecentReads;
import vn.taphuan.kit.store.TenantProjections;
import vn.taphuan.kit.tenant.TenantContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The periods of each province and programme whose report is approved (or accepted), kept from
 * {@code reporting.events.v1} by the services that own what is dated in them (enrolment, budget), so that they — not
 * only the pages — refuse a write dated in a locked period. One document per report, by its id
 * {@code <tenant>.<programmeCode>.<period>}, written only when the event is newer than what is stored (the report's
 * version in the envelope): a late or redelivered approval never locks again a period reopened since.
 * <p>
 * Locked by {@code PeriodReportApproved} (and still by {@code PeriodReportAccepted}); unlocked by
 * {@code PeriodReportReturned} or {@code PeriodReportReopened}. A write dated {@code d} is looked up by the ids of the
 * four periods that hold {@code d} (its month, quarter, half-year and year): four reads by {@code _id}.
 */
public class PeriodLocks {

    static final String COLLECTION = "locked_periods";

    /** The periods of the moment serve every row of an import or a class; a lock applied here is seen at once. */
    private static final Duration READ_WINDOW = Duration.ofSeconds(1);

    private final TenantProjections projections;
    private final RecentReads<String, Optional<Document>> reads = new RecentReads<>(READ_WINDOW);

    public PeriodLocks(TenantProjections projections) {
        this.projections = projections;
    }

    /** Adds the handlers of the chain's events that lock and unlock periods to a consumer being built. */
    public EventConsumers.Builder handlers(EventConsumers.Builder builder) {
        return builder
                .on(PeriodReportApproved.class, event -> {
                    PeriodReportApproved p = event.payload();
                    approved(p.reportId(), p.programmeCode(), p.period(), p.firstDay(), p.lastDay(), p.revision(),
                            p.signedBy(), SignerRole.of(p.role(), SignerRole.PROVINCE_ADMIN), p.signedAt(),
                            event.aggregateVersion());
                })
                .on(PeriodReportAccepted.class, event -> {
                    PeriodReportAccepted p = event.payload();
                    accepted(p.reportId(), p.programmeCode(), p.period(), p.firstDay(), p.lastDay(), p.revision(),
                            p.signedBy(), SignerRole.of(p.role(), SignerRole.MINISTRY_ANALYST), p.signedAt(),
                            event.aggregateVersion());
                })
                .on(PeriodReportReturned.class, event -> {
                    PeriodReportReturned p = event.payload();
                    unlocked(p.reportId(), p.programmeCode(), p.period(), p.revision(), "RETURNED",
                            event.aggregateVersion());
                })
                .on(PeriodReportReopened.class, event -> {
                    PeriodReportReopened p = event.payload();
                    unlocked(p.reportId(), p.programmeCode(), p.period(), p.revision(), "REOPENED",
                            event.aggregateVersion());
                });
    }

    /** The province approved the report: the period is locked, in the approver's name. */
    public boolean approved(String reportId, String programmeCode, String period, String firstDay, String lastDay,
                            int revision, String name, SignerRole role, String at, long reportVersion) {
        Map<String, Object> fields = common(programmeCode, period, firstDay, lastDay, revision, true, "APPROVED");
        fields.put("approvedByName", name);
        fields.put("approvedByRole", role.name());
        fields.put("approvedAt", at);
        return write(reportId, reportVersion, fields);
    }

    /**
     * The ministry accepted the approved report: still locked, in the name of the province's approver (kept from the
     * approval); only if the approval was never heard does the acceptance name who locked it.
     */
    public boolean accepted(String reportId, String programmeCode, String period, String firstDay, String lastDay,
                            int revision, String name, SignerRole role, String at, long reportVersion) {
        Map<String, Object> fields = common(programmeCode, period, firstDay, lastDay, revision, true, "ACCEPTED");
        fields.put("acceptedByName", name);
        fields.put("acceptedByRole", role.name());
        fields.put("acceptedAt", at);
        return write(reportId, reportVersion, fields);
    }

    /** Returned for revision or reopened: what is dated in the period may be written again. */
    public boolean unlocked(String reportId, String programmeCode, String period, int revision, String state,
                            long reportVersion) {
        return write(reportId, reportVersion, common(programmeCode, period, null, null, revision, false, state));
    }

    private static Map<String, Object> common(String programmeCode, String period, String firstDay, String lastDay,
                                              int revision, boolean locked, String state) {
        // events published before firstDay/lastDay existed name the period only: its days follow from its id
        PeriodName name = PeriodName.of(period).orElse(null);
        Map<String, Object> fields = new HashMap<>();
        fields.put("programmeCode", programmeCode);
        fields.put("period", period);
        fields.put("firstDay", firstDay != null ? firstDay : name == null ? null : name.firstDay().toString());
        fields.put("lastDay", lastDay != null ? lastDay : name == null ? null : name.lastDay().toString());
        fields.put("revision", revision);
        fields.put("locked", locked);
        fields.put("state", state);
        return fields;
    }

    private boolean write(String reportId, long reportVersion, Map<String, Object> fields) {
        boolean written = projections.upsertIfNewer(COLLECTION, reportId, reportVersion, fields);
        reads.forget(TenantContext.require() + "/" + reportId);
        return written;
    }

    /** The locked period of the current province's programme that holds {@code day}, if any. */
    public Optional<LockedPeriod> lockOn(String programmeCode, LocalDate day) {
        if (programmeCode == null || day == null) {
            return Optional.empty();
        }
        String tenant = TenantContext.require();
        for (String key : PeriodName.keysHolding(day)) {
            String reportId = tenant + "." + programmeCode + "." + key;
            Optional<Document> found = reads.get(tenant + "/" + reportId,
                    id -> projections.findById(COLLECTION, reportId));
            Optional<LockedPeriod> lock = found.filter(d -> d.getBoolean("locked", false)).map(PeriodLocks::toLock)
                    .filter(l -> l.period().holds(day));
            if (lock.isPresent()) {
                return lock;
            }
        }
        return Optional.empty();
    }

    /** The refusal of a write dated {@code day} in a locked period, if it is one; about {@code field}. */
    public Optional<Refused> refusal(String programmeCode, LocalDate day, String field) {
        return lockOn(programmeCode, day).map(lock -> refusal(lock, day, field));
    }

    /** Refuses a write dated {@code day} of the programme if a locked period holds it (409 {@code period-locked}). */
    public void requireOpen(String programmeCode, LocalDate day, String field) {
        Optional<Refused> refused = refusal(programmeCode, day, field);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** The refusal for a write dated {@code day} in {@code lock}; about {@code field} when one is named. */
    public static Refused refusal(LockedPeriod lock, LocalDate day, String field) {
        PeriodLocked reason = PeriodLocked.of(lock, day);
        return Refused.conflict(reason, field == null ? List.of() : List.of(Violation.of(field, reason)));
    }

    private static LockedPeriod toLock(Document d) {
        String period = d.getString("period");
        PeriodName name = new PeriodName(period, LocalDate.parse(d.getString("firstDay")),
                LocalDate.parse(d.getString("lastDay")));
        boolean approvalHeard = d.getString("approvedByName") != null;
        String who = approvalHeard ? d.getString("approvedByName") : d.getString("acceptedByName");
        String role = approvalHeard ? d.getString("approvedByRole") : d.getString("acceptedByRole");
        String at = approvalHeard ? d.getString("approvedAt") : d.getString("acceptedAt");
        return new LockedPeriod(TenantProjections.localId(d), d.getString("programmeCode"), name,
                d.getInteger("revision", 0), who, SignerRole.of(role, SignerRole.PROVINCE_ADMIN),
                at == null ? null : Instant.parse(at));
    }
}
