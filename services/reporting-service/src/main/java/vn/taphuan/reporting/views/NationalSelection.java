package vn.taphuan.reporting.views;

import vn.taphuan.reporting.progress.PersonScopes;
import vn.taphuan.reporting.progress.Phase;
import vn.taphuan.reporting.progress.PlanFigures;

/**
 * What a nationwide view shows: one phase or all, one programme or all, of the programmes its reader sees.
 *
 * @param phase         e.g. {@code 2026-2030}, or null for every phase
 * @param programmeCode one programme, or null for every programme the audience sees
 * @param audience      whose view it is
 */
public record NationalSelection(String phase, String programmeCode, Audience audience) {

    public static NationalSelection everything(Audience audience) {
        return new NationalSelection(null, null, audience);
    }

    /** A plan falls in the phase its period starts in. */
    public boolean includes(PlanFigures plan) {
        String programme = plan.plan().programmeCode();
        return audience.sees(programme) && (programmeCode == null || programmeCode.equals(programme))
                && (phase == null || (plan.plan().periodStart() != null
                && Phase.of(plan.plan().periodStart()).code().equals(phase)));
    }

    /** The key of the unique persons of the whole selection ({@link PersonScopes#key}). */
    public String personsKey() {
        return PersonScopes.key(programmeCode == null ? audience.ministry() : null, programmeCode, phase);
    }

    /** The key of the unique persons of one of its programmes. */
    public String personsKey(String programme) {
        return PersonScopes.key(null, programme, phase);
    }
}
