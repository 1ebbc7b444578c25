package vn.taphuan.reporting.province;

import org.junit.jupiter.api.Test;
import vn.taphuan.reporting.progress.ActivityKind;
import vn.taphuan.reporting.progress.ActivityStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's activity list narrowed and ordered as a user asks: each rule on a few activities that show it. */
class ActivityQueryTest {

    static final ActivityRowBuilder CLASS = activity("lop-1").title("Lớp tập huấn quản lý dự án").kind(ActivityKind.TRAINING_CLASS)
            .unit("24-an-chau").dates("2024-03-04", "2024-03-06").status(ActivityStatus.CLOSED).completed(38);
    static final ActivityRowBuilder WORKSHOP = activity("ht-1").title("Hội thảo Đồng bào dân tộc").kind(ActivityKind.WORKSHOP)
            .unit("27-son-dong").place("Xã Sơn Động").dates("2025-08-12", "2025-08-12").status(ActivityStatus.HELD).completed(12);
    static final ActivityRowBuilder TOUR = activity("dhh-1").title("Đoàn học tập kinh nghiệm").kind(ActivityKind.STUDY_TOUR)
            .unit("24-luc-ngan").dates("2024-11-20", "2024-11-23").status(ActivityStatus.CANCELLED).completed(0);
    static final ActivityRowBuilder UNDATED = activity("lop-2").title("LỚP   bồi dưỡng").kind(ActivityKind.TRAINING_CLASS)
            .unit(null).dates(null, null).status(ActivityStatus.SCHEDULED).completed(0);

    /** The 2024 map beside the 2025 one: An Châu was a commune of the district Sơn Động, now in the commune Sơn Động. */
    static final Map<String, Set<String>> LINEAGE = Map.of(
            "24-an-chau", Set.of("24-an-chau", "24-son-dong", "27-son-dong", "24", "27"),
            "27-son-dong", Set.of("27-son-dong", "27"),
            "24-luc-ngan", Set.of("24-luc-ngan", "24", "27"));

    static List<String> ids(ActivityQuery query) {
        Function<String, Set<String>> lineage = code -> LINEAGE.getOrDefault(code, Set.of(code));
        return query.select(List.of(TOUR.build(), UNDATED.build(), WORKSHOP.build(), CLASS.build()), lineage).stream()
                .map(PlanActivities.ActivityRow::activityId).toList();
    }

    static ActivityQuery query() {
        return ActivityQuery.all();
    }

    @Test
    void withNothingAskedEveryActivityIsListedByStartDateThoseWithoutOneLast() {
        assertThat(ids(query())).containsExactly("lop-1", "dhh-1", "ht-1", "lop-2");
    }

    @Test
    void aSearchIgnoresTonesVowelMarksCaseAndTheCrossedD() {
        assertThat(ids(with(query(), "search", "lop"))).containsExactly("lop-1", "lop-2");
        assertThat(ids(with(query(), "search", "LỚP  BỒI"))).containsExactly("lop-2");
        assertThat(ids(with(query(), "search", "dong bao"))).containsExactly("ht-1");
        assertThat(ids(with(query(), "search", "đoàn"))).containsExactly("dhh-1");
        assertThat(ids(with(query(), "search", "khong co"))).isEmpty();
        assertThat(ActivityQuery.fold(" Đồng  Bào ")).isEqualTo("dong bao");
    }

    @Test
    void aSearchAlsoFindsTheActivitiesHeldInAPlaceByItsName() {
        assertThat(ids(with(query(), "search", "son dong"))).containsExactly("ht-1");
        assertThat(ids(with(query(), "search", "xã sơn"))).containsExactly("ht-1");
    }

    @Test
    void aUnitKeepsTheActivitiesInItBelowItAndInTheUnitsThatMergedIntoIt() {
        assertThat(ids(with(query(), "unitCode", "24-son-dong"))).containsExactly("lop-1");
        assertThat(ids(with(query(), "unitCode", "27-son-dong"))).containsExactly("lop-1", "ht-1");
        assertThat(ids(with(query(), "unitCode", "24"))).containsExactly("lop-1", "dhh-1");
    }

    @Test
    void statusKindAndDatesNarrowTheList() {
        assertThat(ids(with(query(), "status", ActivityStatus.CANCELLED))).containsExactly("dhh-1");
        assertThat(ids(with(query(), "kind", ActivityKind.TRAINING_CLASS))).containsExactly("lop-1", "lop-2");
        // an activity overlapping the range counts: the tour ends on the range's first day
        assertThat(ids(new ActivityQuery(null, null, null, null, null, LocalDate.parse("2024-11-23"),
                LocalDate.parse("2025-08-11"), null, null))).containsExactly("dhh-1");
        assertThat(ids(new ActivityQuery(null, null, null, null, null, null, LocalDate.parse("2024-03-04"), null,
                null))).containsExactly("lop-1");
        assertThat(ids(new ActivityQuery(null, null, null, null, null, LocalDate.parse("2025-01-01"), null, null,
                null))).containsExactly("ht-1");
    }

    @Test
    void theListIsOrderedByDateTitleOrPersonTurnsEitherWay() {
        assertThat(ids(sorted(ActivityQuery.Sort.DATE, ActivityQuery.Direction.DESC)))
                .containsExactly("ht-1", "dhh-1", "lop-1", "lop-2");
        assertThat(ids(sorted(ActivityQuery.Sort.TITLE, null))).containsExactly("dhh-1", "ht-1", "lop-2", "lop-1");
        assertThat(ids(sorted(ActivityQuery.Sort.TITLE, ActivityQuery.Direction.DESC)))
                .containsExactly("lop-1", "lop-2", "ht-1", "dhh-1");
        // equal person-turns fall back on the start date
        assertThat(ids(sorted(ActivityQuery.Sort.PERSON_TURNS, ActivityQuery.Direction.DESC)))
                .containsExactly("lop-1", "ht-1", "dhh-1", "lop-2");
        assertThat(ids(sorted(ActivityQuery.Sort.PERSON_TURNS, null))).containsExactly("dhh-1", "lop-2", "ht-1", "lop-1");
    }

    private static ActivityQuery sorted(ActivityQuery.Sort sort, ActivityQuery.Direction direction) {
        return new ActivityQuery(null, null, null, null, null, null, null, sort, direction);
    }

    private static ActivityQuery with(ActivityQuery q, String part, Object value) {
        return new ActivityQuery(
                part.equals("status") ? (ActivityStatus) value : q.status(), q.lineId(),
                part.equals("kind") ? (ActivityKind) value : q.kind(),
                part.equals("unitCode") ? (String) value : q.unitCode(),
                part.equals("search") ? (String) value : q.search(), q.from(), q.to(), q.sort(), q.direction());
    }

    static ActivityRowBuilder activity(String id) {
        return new ActivityRowBuilder(id);
    }

    /** An activity row with only what the rules read. */
    static final class ActivityRowBuilder {
        private final String id;
        private String title;
        private ActivityKind kind;
        private String unit;
        private String place;
        private LocalDate start;
        private LocalDate end;
        private ActivityStatus status;
        private long completed;

        ActivityRowBuilder(String id) {
            this.id = id;
        }

        ActivityRowBuilder title(String title) {
            this.title = title;
            return this;
        }

        ActivityRowBuilder kind(ActivityKind kind) {
            this.kind = kind;
            return this;
        }

        ActivityRowBuilder unit(String unit) {
            this.unit = unit;
            return this;
        }

        ActivityRowBuilder place(String place) {
            this.place = place;
            return this;
        }

        ActivityRowBuilder dates(String start, String end) {
            this.start = start == null ? null : LocalDate.parse(start);
            this.end = end == null ? null : LocalDate.parse(end);
            return this;
        }

        ActivityRowBuilder status(ActivityStatus status) {
            this.status = status;
            return this;
        }

        ActivityRowBuilder completed(long completed) {
            this.completed = completed;
            return this;
        }

        PlanActivities.ActivityRow build() {
            return new PlanActivities.ActivityRow(id, "L1", kind, title, unit, place, start, end, 40, status, null, null,
                    null, 0, completed);
        }
    }
}
