package vn.taphuan.budget.norms;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class NormSetTest {

    private static final LocalDate MAY_10 = LocalDate.of(2023, 5, 10);

    @Test
    void aCommunityClassCostsItsLearnerDaysSessionsVenueDaysMaterialsFieldSessionAndOrganisation() {
        CostEstimate estimate = NormsMother.bacGiang2023().estimate(NormsMother.communityClass(MAY_10));

        assertThat(estimate.lines()).extracting(CostLine::normCode, CostLine::quantity, CostLine::unitCostVnd, CostLine::amountVnd)
                .containsExactly(
                        tuple(NormCode.PER_DIEM_LEARNER_DAY, 150, 150_000L, 22_500_000L),
                        tuple(NormCode.TRAINER_FEE_SESSION, 4, 800_000L, 3_200_000L),
                        tuple(NormCode.VENUE_DAY, 2, 2_500_000L, 5_000_000L),
                        tuple(NormCode.MATERIALS_LEARNER, 75, 50_000L, 3_750_000L),
                        tuple(NormCode.FIELD_VISIT_SESSION, 1, 1_500_000L, 1_500_000L),
                        tuple(NormCode.ORGANISATION_ACTIVITY, 1, 1_000_000L, 1_000_000L));
        assertThat(estimate.totalVnd()).isEqualTo(36_950_000L);
        assertThat(estimate.normSetId()).isEqualTo("ns-bg-2023");
    }

    @Test
    void aStudyTourCostsTravelAndLodgingButNoVenueOrTrainers() {
        ActivitySpec tour = new ActivitySpec(ActivityKind.STUDY_TOUR, LocalDate.of(2023, 9, 5),
                LocalDate.of(2023, 9, 8), 20, 4, 0);

        CostEstimate estimate = NormsMother.bacGiang2023().estimate(tour);

        assertThat(estimate.lines()).extracting(CostLine::normCode, CostLine::amountVnd).containsExactly(
                tuple(NormCode.PER_DIEM_LEARNER_DAY, 12_000_000L),
                tuple(NormCode.MATERIALS_LEARNER, 1_000_000L),
                tuple(NormCode.TRAVEL_PERSON, 70_000_000L),
                tuple(NormCode.LODGING_PERSON_NIGHT, 21_000_000L),
                tuple(NormCode.ORGANISATION_ACTIVITY, 1_000_000L));
        assertThat(estimate.totalVnd()).isEqualTo(105_000_000L);
    }

    @Test
    void anELearningCohortPaysNoMealsVenueOrTravel() {
        ActivitySpec cohort = new ActivitySpec(ActivityKind.E_LEARNING_COHORT, MAY_10, MAY_10.plusDays(29), 120, 10, 0);

        CostEstimate estimate = NormsMother.bacGiang2023().estimate(cohort);

        assertThat(estimate.lines()).extracting(CostLine::normCode).containsExactly(NormCode.TRAINER_FEE_SESSION,
                NormCode.MATERIALS_LEARNER, NormCode.ORGANISATION_ACTIVITY);
        assertThat(estimate.totalVnd()).isEqualTo(8_000_000L + 6_000_000L + 1_000_000L);
    }

    @Test
    void aNormOfZeroIsLeftOutOfTheEstimate() {
        Map<NormCode, Long> rates = NormsMother.bacGiangRates();
        rates.put(NormCode.VENUE_DAY, 0L);
        NormSet withoutVenue = NormSet.of("ns", MAY_10, null, "NQ", rates);

        assertThat(withoutVenue.estimate(NormsMother.communityClass(MAY_10)).lines())
                .extracting(CostLine::normCode).doesNotContain(NormCode.VENUE_DAY);
        assertThat(withoutVenue.estimate(NormsMother.communityClass(MAY_10)).totalVnd()).isEqualTo(31_950_000L);
    }

    @Test
    void everyMissingOrNegativeRateAndABackwardsPeriodAreNamed() {
        Map<NormCode, Long> rates = NormsMother.bacGiangRates();
        rates.remove(NormCode.TRAVEL_PERSON);
        rates.put(NormCode.VENUE_DAY, -1L);

        assertThatThrownBy(() -> NormSet.of("ns", MAY_10, MAY_10.minusDays(1), " ", rates))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("validTo", "legalBasis", "rates.TRAVEL_PERSON", "rates.VENUE_DAY"));
    }

    @Test
    void periodsOverlapUnlessOneEndsBeforeTheOtherStarts() {
        NormSet from2023 = NormsMother.bacGiang2023();
        NormSet year2022 = NormSet.of("a", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "NQ", NormsMother.bacGiangRates());
        NormSet into2023 = NormSet.of("b", LocalDate.of(2022, 6, 1), LocalDate.of(2023, 1, 1), "NQ", NormsMother.bacGiangRates());

        assertThat(from2023.overlaps(year2022)).isFalse();
        assertThat(from2023.overlaps(into2023)).isTrue();
        assertThat(into2023.overlaps(from2023)).isTrue();
        assertThat(from2023.covers(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(year2022.covers(LocalDate.of(2023, 1, 1))).isFalse();
    }

    @Test
    void theScheduleUsesTheProvincesSetOnTheFirstDayAndTheDefaultsWhereItHasNone() {
        NormSchedule schedule = NormsMother.bacGiangSchedule();

        assertThat(schedule.estimate(NormsMother.communityClass(LocalDate.of(2023, 1, 1))).normSetId()).isEqualTo("ns-bg-2023");
        CostEstimate before = schedule.estimate(NormsMother.communityClass(LocalDate.of(2022, 12, 31)));
        assertThat(before.normSetId()).isEqualTo(NormSet.DEFAULT_ID);
        assertThat(before.totalVnd()).isEqualTo(22_500_000L + 4_000_000L + 6_000_000L + 3_750_000L + 2_000_000L + 2_000_000L);
    }

    @Test
    void defaultsWithoutEveryRateAreRefused() {
        assertThatThrownBy(() -> NormSet.defaults("x", Map.of(NormCode.VENUE_DAY, 1L)))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.kind()).isEqualTo(Refused.Kind.INVALID));
        assertThat(List.of(NormCode.values())).hasSize(NormsMother.defaults().rates().size());
    }

    @Test
    void anEstimateBeyondTheBoundIsRefusedNamingTheNormNeverWrappedOrSilentlyHuge() {
        Map<NormCode, Long> rates = new java.util.EnumMap<>(NormsMother.bacGiangRates());
        rates.put(NormCode.PER_DIEM_LEARNER_DAY, NormSet.MAX_RATE_VND);
        NormSet absurd = NormSet.of("ns-absurd", LocalDate.of(2023, 1, 1), null, "thử", rates);
        ActivitySpec twoDaysForTheLargestClass = new ActivitySpec(ActivityKind.TRAINING_CLASS, MAY_10, MAY_10.plusDays(1),
                vn.taphuan.contracts.Limits.MAX_CAPACITY, 4, 1);

        assertThatThrownBy(() -> absurd.estimate(twoDaysForTheLargestClass))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.problem()).isEqualTo("estimate-beyond-bound");
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("lines.PER_DIEM_LEARNER_DAY");
                });

        // more learner-days than an int holds: refused the same way, not an arithmetic error
        ActivitySpec decades = new ActivitySpec(ActivityKind.TRAINING_CLASS, LocalDate.of(2000, 1, 1),
                LocalDate.of(2099, 12, 31), vn.taphuan.contracts.Limits.MAX_CAPACITY, 4, 1);
        assertThatThrownBy(() -> NormsMother.bacGiang2023().estimate(decades))
                .isInstanceOfSatisfying(Refused.class,
                        e -> assertThat(e.problem()).isEqualTo("estimate-beyond-bound"));

        // the largest class for a year at Bắc Giang's rates is still an estimate
        ActivitySpec year = new ActivitySpec(ActivityKind.TRAINING_CLASS, LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), vn.taphuan.contracts.Limits.MAX_CAPACITY, 1000, 1000);
        assertThat(NormsMother.bacGiang2023().estimate(year).totalVnd()).isPositive();
    }
}
