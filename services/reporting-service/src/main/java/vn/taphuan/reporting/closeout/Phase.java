package vn.taphuan.reporting.closeout;

import vn.taphuan.kit.web.Params;
import vn.taphuan.reporting.progress.PlanFigures.PlanInfo;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phase closed out, by the years of its period ({@code 2021-2025}): its plans are those whose period lies within
 * it. Reporting learns programmes only from their plans, so the phase is named by its years, as the close-out event
 * and the documents name it.
 */
public record Phase(int firstYear, int lastYear) {

    /** The phase the close-out reports of 2026 are about. */
    public static final Phase OF_2021_2025 = new Phase(2021, 2025);
    private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");

    /** The phase a parameter names, {@link #OF_2021_2025} when absent; a bad one is named among the request's problems. */
    static Phase parse(Params params, String value) {
        if (value == null || value.isBlank()) {
            return OF_2021_2025;
        }
        Matcher m = YEARS.matcher(value.trim());
        boolean valid = false;
        Phase phase = OF_2021_2025;
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            valid = first <= last && first >= 2000 && last <= 2100;
            phase = valid ? new Phase(first, last) : phase;
        }
        params.require(valid, "phase", new CloseoutRefusal.PhaseYearsExpected(value));
        return phase;
    }

    public LocalDate start() {
        return LocalDate.of(firstYear, 1, 1);
    }

    public LocalDate end() {
        return LocalDate.of(lastYear, 12, 31);
    }

    /** True for a plan whose period lies within the phase. */
    public boolean holds(PlanInfo plan) {
        return plan != null && plan.periodStart() != null && plan.periodEnd() != null
                && !plan.periodStart().isBefore(start()) && !plan.periodEnd().isAfter(end());
    }

    public String code() {
        return firstYear + "-" + lastYear;
    }
}
