package vn.taphuan.bench.nation;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LearnersTest {

    private static final Nation NATION = Nation.generate(300_000, 34, 0.06, 2025);

    @Test
    void aSheetHasDifferentPeopleAndExactlyItsCompletersComplete() {
        ProvinceLoad province = NATION.provinces().get(0);
        Learners learners = new Learners(province, List.of("P-01"), 2025);
        for (ClassSpec activity : province.classes()) {
            List<Learners.Row> sheet = learners.sheet(activity);
            assertThat(sheet).hasSize(activity.rows());
            assertThat(sheet.stream().map(r -> r.learner().nationalId()).distinct().count()).isEqualTo(activity.rows());
            assertThat(sheet.stream().filter(Learners.Row::completes).count()).isEqualTo(activity.completers());
        }
        Learners.Tally tally = learners.tally();
        assertThat(tally.completions()).isEqualTo(province.completions());
        assertThat(tally.rows()).isEqualTo(province.rows());
    }

    @Test
    void idNumbersHaveTwelveDigitsWithTheProvincePrefixAndNameOnePersonEach() {
        ProvinceLoad province = NATION.provinces().stream().filter(p -> p.province().tenantId().equals("lai-chau"))
                .findFirst().orElseThrow();
        Learners learners = new Learners(province, List.of("P-12"), 2025);
        java.util.Map<String, Learner> byId = new java.util.HashMap<>();
        for (ClassSpec activity : province.classes()) {
            for (Learners.Row row : learners.sheet(activity)) {
                Learner learner = row.learner();
                assertThat(learner.nationalId()).matches("012[0-3]\\d{8}");
                Learner earlier = byId.putIfAbsent(learner.nationalId(), learner);
                assertThat(earlier == null || earlier.equals(learner)).as("one number, one person").isTrue();
                assertThat(learner.fullName()).matches("\\p{L}.*\\p{L}");
                assertThat(2025 - learner.birthYear()).isBetween(18, 70);
            }
        }
    }

    @Test
    void aQuarterOrSoOfThePeopleAttendTwoActivitiesOrMoreWomenAreAboutHalf() {
        Learners.Tally nation = Learners.Tally.zero();
        for (ProvinceLoad province : NATION.provinces()) {
            Learners learners = new Learners(province, List.of("unit"), 2025);
            province.classes().forEach(learners::sheet);
            nation = nation.plus(learners.tally());
        }
        double repeat = (double) nation.personsInTwoOrMoreClasses() / nation.personsOnSheets();
        assertThat(repeat).isBetween(0.2, 0.3);
        assertThat((double) nation.womenCompletions() / nation.completions()).isBetween(0.45, 0.6);
        assertThat(nation.personsCompleted()).isLessThan(nation.completions()).isGreaterThan(nation.completions() / 2);
    }

    @Test
    void minorityLearnersAreManyInTheNorthernMountainsAndFewInTheDeltas() {
        assertThat(minorityShare("cao-bang")).isGreaterThan(0.8);
        assertThat(minorityShare("dien-bien")).isGreaterThan(0.65);
        assertThat(minorityShare("dak-lak")).isBetween(0.15, 0.4);
        assertThat(minorityShare("dong-thap")).isLessThan(0.05);
    }

    @Test
    void theSameProvinceLoadedTwiceGivesTheSamePeople() {
        ProvinceLoad province = NATION.provinces().get(5);
        Set<Learner> first = new HashSet<>();
        Set<Learner> second = new HashSet<>();
        Learners a = new Learners(province, List.of("u1", "u2"), 2025);
        Learners b = new Learners(province, List.of("u1", "u2"), 2025);
        province.classes().forEach(c -> a.sheet(c).forEach(r -> first.add(r.learner())));
        province.classes().forEach(c -> b.sheet(c).forEach(r -> second.add(r.learner())));
        assertThat(first).isEqualTo(second);
        assertThat(a.tally()).isEqualTo(b.tally());
    }

    private static double minorityShare(String tenant) {
        ProvinceLoad province = NATION.provinces().stream().filter(p -> p.province().tenantId().equals(tenant))
                .findFirst().orElseThrow();
        Learners learners = new Learners(province, List.of("unit"), 2025);
        province.classes().forEach(learners::sheet);
        return (double) learners.tally().minorityCompletions() / learners.tally().completions();
    }
}
