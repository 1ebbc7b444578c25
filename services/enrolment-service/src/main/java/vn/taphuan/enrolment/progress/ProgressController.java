package vn.taphuan.enrolment.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.enrolment.enrolment.EnrolmentCounts;
import vn.taphuan.enrolment.planline.PlanLine;
import vn.taphuan.enrolment.planline.PlanReplica;
import vn.taphuan.enrolment.trainingevent.TrainingEventService;
import vn.taphuan.enrolment.trainingevent.TrainingEventStatus;
import vn.taphuan.enrolment.planline.PlanLineRefusal;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.security.ProgressRead;

import java.util.List;

/** Person-turns and unique persons per target line of a plan, as this service counts them: no personal data. */
@RestController
@Tag(name = "Tiến độ (progress: person-turns and unique persons)")
class ProgressController {

    private final PlanReplica plans;
    private final TrainingEventService events;
    private final EnrolmentCounts counts;

    ProgressController(PlanReplica plans, TrainingEventService events, EnrolmentCounts counts) {
        this.plans = plans;
        this.events = events;
        this.counts = counts;
    }

    @ProgressRead
    @GetMapping("/api/v1/plans/{planId}/progress")
    @Operation(summary = "Lượt người và số người theo chỉ tiêu (person-turns: each completion counts; unique persons: each person once)")
    PlanProgress progress(@PathVariable String planId) {
        List<PlanLine> lines = plans.lines(planId);
        if (lines.isEmpty()) {
            throw Refused.notFound(new PlanLineRefusal.NoSuchPlan(planId));
        }
        EnrolmentCounts.PlanAchieved plan = counts.achieved(planId);
        List<LineProgress> perLine = lines.stream().map(line -> {
            EnrolmentCounts.Achieved achieved = plan.line(line.lineId());
            long scheduled = Math.subtractExact(events.count(planId, line.lineId(), null),
                    events.count(planId, line.lineId(), TrainingEventStatus.CANCELLED));
            long held = Math.addExact(events.count(planId, line.lineId(), TrainingEventStatus.HELD),
                    events.count(planId, line.lineId(), TrainingEventStatus.CLOSED));
            return new LineProgress(line.lineId(), line.description(), scheduled, held, achieved.personTurns(),
                    achieved.uniquePersons(), achieved.womenPersonTurns(), achieved.ethnicMinorityPersonTurns());
        }).toList();
        EnrolmentCounts.Achieved total = plan.total();
        return new PlanProgress(planId, total.personTurns(), total.uniquePersons(), perLine);
    }

    /**
     * @param personTurns   completions in the whole plan (lượt người)
     * @param uniquePersons people who completed at least once, each counted once across all lines
     */
    record PlanProgress(String planId, long personTurns, long uniquePersons, List<LineProgress> lines) {
    }

    /**
     * @param activitiesScheduled activities not cancelled
     * @param activitiesHeld      activities held or closed
     */
    record LineProgress(String lineId, String description, long activitiesScheduled, long activitiesHeld,
                        long personTurns, long uniquePersons, long womenPersonTurns, long ethnicMinorityPersonTurns) {
    }
}
