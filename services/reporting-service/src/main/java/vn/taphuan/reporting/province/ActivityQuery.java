package vn.taphuan.reporting.province;

import vn.taphuan.reporting.progress.ActivityKind;
import vn.taphuan.reporting.progress.ActivityStatus;

import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a user narrowed a plan's activity list to, and the order asked for. Every part is optional; with none the
 * list is every activity by start date, as it was before the list could be narrowed.
 *
 * @param search    words of the title or of the place (the unit's name), matched without accents or case: "lop"
 *                  finds "Lớp", "đong" finds "Đồng"
 * @param unitCode  a unit: activities recorded in it, below it, or in a unit that merged into it
 * @param from      the first day: activities ending on or after it (those without dates are left out)
 * @param to        the last day: activities starting on or before it
 */
record ActivityQuery(ActivityStatus status, String lineId, ActivityKind kind, String unitCode, String search,
                     LocalDate from, LocalDate to, Sort sort, Direction direction) {

    /** The orders a list can be read in; ties are broken by start date, then id, so pages never overlap. */
    enum Sort {
        /** Start date, activities without one last. */
        DATE,
        TITLE,
        /** Participants who completed it. */
        PERSON_TURNS
    }

    enum Direction {
        ASC, DESC
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static ActivityQuery all() {
        return new ActivityQuery(null, null, null, null, null, null, null, null, null);
    }

    /**
     * The rows this query keeps, in its order.
     *
     * @param lineage for a row's unit code, the units its results may count for (itself included)
     */
    List<PlanActivities.ActivityRow> select(List<PlanActivities.ActivityRow> rows,
                                            Function<String, Set<String>> lineage) {
        String words = search == null ? null : fold(search);
        return rows.stream()
                .filter(row -> status == null || status == row.status())
                .filter(row -> lineId == null || lineId.equals(row.lineId()))
                .filter(row -> kind == null || kind == row.kind())
                .filter(row -> unitCode == null || row.unitCode() != null && lineage.apply(row.unitCode()).contains(unitCode))
                // an officer looks a class up by its name or by where it was held
                .filter(row -> words == null || fold(row.title()).contains(words) || fold(row.unitName()).contains(words))
                .filter(row -> from == null || lastDay(row) != null && !lastDay(row).isBefore(from))
                .filter(row -> to == null || row.startDate() != null && !row.startDate().isAfter(to))
                .sorted(order())
                .toList();
    }

    private Comparator<PlanActivities.ActivityRow> order() {
        Comparator<PlanActivities.ActivityRow> byDate = Comparator.comparing(PlanActivities.ActivityRow::startDate,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<PlanActivities.ActivityRow> chosen = switch (sort == null ? Sort.DATE : sort) {
            case DATE -> byDate;
            // in the order of the Vietnamese alphabet (đ after d, a before ă before â), not of the code points
            case TITLE -> Comparator.comparing(row -> row.title() == null ? "" : row.title(),
                    Collator.getInstance(VIETNAMESE));
            case PERSON_TURNS -> Comparator.comparingLong(PlanActivities.ActivityRow::completed);
        };
        if (direction == Direction.DESC) {
            // reversed, but activities without a start date stay at the end either way
            chosen = sort == null || sort == Sort.DATE
                    ? Comparator.comparing(PlanActivities.ActivityRow::startDate,
                    Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                    : chosen.reversed();
        }
        return chosen.thenComparing(byDate).thenComparing(PlanActivities.ActivityRow::activityId);
    }

    private static LocalDate lastDay(PlanActivities.ActivityRow row) {
        return row.endDate() != null ? row.endDate() : row.startDate();
    }

    /**
     * Vietnamese text without its tone and vowel marks, lower case, single-spaced: what a user types without a
     * Vietnamese keyboard. đ is a letter of its own, not a d with a mark, so Unicode does not decompose it.
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }
}
