package vn.taphuan.enrolment.planline;

import vn.taphuan.enrolment.participant.Level;
import vn.taphuan.enrolment.participant.TargetGroup;
import vn.taphuan.enrolment.trainingevent.ActivityKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A target line of an approved plan, as known from the plan's latest event, with what this service needs from the
 * plan around it: whether it is still open, its period and its programme's rules.
 *
 * @param planId                   plan id
 * @param planVersion              plan version (1 on approval, +1 per amendment) the line is taken from
 * @param open                     false once the plan is closed
 * @param programmeCode            programme catalogue code
 * @param rules                    the programme's rules
 * @param periodStart              first day of the plan period
 * @param periodEnd                last day of the plan period
 * @param lineId                   line id, stable across amendments
 * @param activityKind             kind of activity the line counts
 * @param targetGroup              community or cadres
 * @param cadreLevel               for cadre lines: the level targeted, or null
 * @param description              the line as worded in the plan
 * @param minEthnicMinorityPercent minimum share of ethnic-minority participants, or null
 * @param minWomenPercent          minimum share of women, or null
 * @param unitCodes                units the line is run in; empty for the whole province
 */
public record PlanLine(String planId, int planVersion, boolean open, String programmeCode, ProgrammeRules rules,
                       LocalDate periodStart, LocalDate periodEnd, String lineId, ActivityKind activityKind,
                       TargetGroup targetGroup, Level cadreLevel, String description, Integer minEthnicMinorityPercent,
                       Integer minWomenPercent, List<String> unitCodes) {

    /** Rules of a programme for every activity under it (from the plan's {@code programmeRules}). */
    public record ProgrammeRules(Integer minDurationDays, Integer minFieldSessions, int minAttendancePercent) {

        /** When a plan states no rules: a participant completes by attending every session. */
        public static final ProgrammeRules NONE = new ProgrammeRules(null, null, 100);
    }
}
