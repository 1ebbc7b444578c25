package vn.taphuan.bench.nation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NationTest {

    private static final Nation MILLION = Nation.generate(1_000_000, 34, 0.06, 2025);

    @Test
    void thePersonTurnsAddUpExactlyToWhatWasAskedFor() {
        for (long personTurns : new long[]{1, 500, 20_000, 100_000, 1_000_000}) {
            Nation nation = Nation.generate(personTurns, 34, 0.06, 7);
            assertThat(nation.provinces().stream().mapToLong(ProvinceLoad::completions).sum()).as("%d", personTurns)
                    .isEqualTo(personTurns);
        }
    }

    @Test
    void theSameSeedGivesTheSameNationAndAnotherSeedAnother() {
        assertThat(Nation.generate(20_000, 34, 0.06, 2025)).isEqualTo(Nation.generate(20_000, 34, 0.06, 2025));
        assertThat(Nation.generate(20_000, 34, 0.06, 2026)).isNotEqualTo(Nation.generate(20_000, 34, 0.06, 2025));
    }

    @Test
    void theThirtyFourProvincesOfJuly2025AllTakePartTheMountainsWithMoreMinorityTraining() {
        assertThat(MILLION.provinces()).hasSize(34);
        assertThat(MILLION.provinces()).allSatisfy(p -> assertThat(p.completions()).isPositive());
        ProvinceLoad caoBang = province("cao-bang");
        ProvinceLoad hungYen = province("hung-yen");
        assertThat(share(caoBang, Programme.DTTS)).isGreaterThan(0.8);
        assertThat(share(hungYen, Programme.DTTS)).isLessThan(0.25);
    }

    @Test
    void classesMostlyHoldThirtyToOneHundredAndTwentyLearnersAndAFewCohortsUpToTwentyThousand() {
        List<ClassSpec> all = MILLION.provinces().stream().flatMap(p -> p.classes().stream()).toList();
        List<ClassSpec> classes = all.stream().filter(c -> !c.line().cohort()).toList();
        List<ClassSpec> cohorts = all.stream().filter(c -> c.line().cohort()).toList();
        long regular = classes.stream().filter(c -> c.rows() >= 30 && c.rows() <= 120).count();
        assertThat((double) regular / classes.size()).isGreaterThan(0.9);
        assertThat(cohorts).hasSizeBetween(2, 10);
        assertThat(cohorts).allSatisfy(c -> assertThat(c.rows()).isBetween(2_000, 20_000));
        assertThat(cohorts.stream().mapToInt(ClassSpec::rows).max().orElse(0)).isEqualTo(20_000);
        assertThat(Nation.generate(20_000, 34, 0.06, 2025).provinces().stream()
                .flatMap(p -> p.classes().stream()).noneMatch(c -> c.line().cohort())).isTrue();
    }

    @Test
    void everyActivityLiesInThePlanPeriodWithTheSessionsTheProgrammesAskFor() {
        LocalDate start = LocalDate.of(2025, 7, 1);
        LocalDate end = LocalDate.of(2025, 12, 31);
        assertThat(MILLION.provinces().stream().flatMap(p -> p.classes().stream())).allSatisfy(c -> {
            assertThat(c.start()).isAfterOrEqualTo(start);
            assertThat(c.end().plusDays(3)).isBeforeOrEqualTo(end);
            assertThat(c.sessions()).allSatisfy(s -> assertThat(s.date()).isBetween(c.start(), c.end()));
            assertThat(c.completers()).isBetween(1, c.rows());
            if (c.line().programme() == Programme.NTM) {
                // NTM: at least two days and one field session
                assertThat(c.end()).isAfter(c.start());
                assertThat(c.sessions()).anyMatch(s -> s.kind().equals("FIELD"));
            }
        });
    }

    private static ProvinceLoad province(String tenant) {
        return MILLION.provinces().stream().filter(p -> p.province().tenantId().equals(tenant)).findFirst().orElseThrow();
    }

    private static double share(ProvinceLoad province, Programme programme) {
        long of = province.classes().stream().filter(c -> c.line().programme() == programme).mapToLong(ClassSpec::completers).sum();
        return (double) of / province.completions();
    }
}
