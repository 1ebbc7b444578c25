package vn.taphuan.reporting.progress;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phase (giai đoạn) of the national target programmes: they follow the five-year socio-economic development plans
 * (2016–2020, 2021–2025, 2026–2030, …), and the merged programme of 2026–2035 is run in two such phases. A plan falls in
 * the phase its period starts in, a completion in the phase of its day: the programme catalogue's phases lie on the
 * same years, and the events carry the dates but not the catalogue's phase.
 *
 * @param firstYear the phase's first year, e.g. 2026
 */
public record Phase(int firstYear) {

    private static final Pattern CODE = Pattern.compile("^(\\d{4})-(\\d{4})$");

    public Phase {
        if (Math.floorMod(firstYear - 1, 5) != 0) {
            throw new IllegalArgumentException("a phase begins in a year ending in 1 or 6: " + firstYear);
        }
    }

    /** The phase of a day. */
    public static Phase of(LocalDate day) {
        int year = day.getYear();
        return new Phase(year - Math.floorMod(year - 1, 5));
    }

    /** The phase a code such as {@code 2026-2030} names, if it names one. */
    public static Optional<Phase> parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int last = Integer.parseInt(m.group(2));
        return last == first + 4 && Math.floorMod(first - 1, 5) == 0 ? Optional.of(new Phase(first)) : Optional.empty();
    }

    public int lastYear() {
        return firstYear + 4;
    }

    /** e.g. {@code 2026-2030}, as the programme catalogue codes its phases. */
    public String code() {
        return firstYear + "-" + lastYear();
    }

    /** As documents word it, e.g. {@code Giai đoạn 2026–2030}. */
    public String name() {
        return "Giai đoạn " + firstYear + "–" + lastYear();
    }

    public boolean contains(LocalDate day) {
        return day != null && day.getYear() >= firstYear && day.getYear() <= lastYear();
    }

    /** Whether a period lies wholly within the phase (a plan of the phase, for its close-out). */
    public boolean contains(LocalDate periodStart, LocalDate periodEnd) {
        return contains(periodStart) && contains(periodEnd);
    }

    public LocalDate start() {
        return LocalDate.of(firstYear, 1, 1);
    }

    public LocalDate end() {
        return LocalDate.of(lastYear(), 12, 31);
    }
}
