package vn.taphuan.plan.importing;

import vn.taphuan.kit.refusal.Reason;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.plan.plan.PlanContent;

import java.util.List;

/**
 * One reading of a plan's text, kept so the officer can review it next to the text (each value with its span) and
 * confirm it, corrected, into a draft plan. The plan's id is fixed when the text is read, so confirming twice can
 * never create two plans.
 */
public class PlanImport {

    private String id;
    private String tenantId;
    private long version;
    private String text;
    private String programmeHint;
    private PlanContent draft;
    private List<Extraction> extractions;
    private List<Finding> findings;
    private boolean decomposedInput;
    private ImportStatus status;
    private String planId;

    PlanImport() {
    }

    static PlanImport of(String id, String tenantId, String text, String programmeHint, ParsedPlan parsed, String planId) {
        PlanImport reading = new PlanImport();
        reading.id = id;
        reading.tenantId = tenantId;
        reading.text = text;
        reading.programmeHint = programmeHint;
        reading.draft = parsed.draft();
        reading.extractions = parsed.extractions();
        reading.findings = parsed.findings();
        reading.decomposedInput = parsed.decomposedInput();
        reading.status = ImportStatus.PENDING;
        reading.planId = planId;
        return reading;
    }

    /** The officer confirmed the reading (corrected as needed) and its draft plan exists. */
    void confirm() {
        requirePending();
        status = ImportStatus.CONFIRMED;
    }

    void requirePending() {
        if (status != ImportStatus.PENDING) {
            Reason confirmed = new ImportRefusal.AlreadyConfirmed(String.valueOf(planId));
            throw new Refused(Refused.Kind.CONFLICT, "import-confirmed", confirmed,
                    List.of(Violation.of("status", confirmed)));
        }
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String text() {
        return text;
    }

    public String programmeHint() {
        return programmeHint;
    }

    public PlanContent draft() {
        return draft;
    }

    public List<Extraction> extractions() {
        return extractions == null ? List.of() : extractions;
    }

    public List<Finding> findings() {
        return findings == null ? List.of() : findings;
    }

    public boolean decomposedInput() {
        return decomposedInput;
    }

    public ImportStatus status() {
        return status;
    }

    public String planId() {
        return planId;
    }
}
