package vn.taphuan.budget.norms;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.refusal.Refused;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostNormsTest {

    @Test
    void aSetOverlappingAnotherIsRefusedNamingIt() {
        CostNorms norms = CostNorms.empty("bac-giang");
        norms.add(NormsMother.bacGiang2023());

        assertThatThrownBy(() -> norms.add(NormSet.of("ns-2024", LocalDate.of(2024, 1, 1), null, "NQ 2024",
                NormsMother.bacGiangRates())))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.problem()).isEqualTo("norm-periods-overlap");
                    assertThat(e.reason()).isInstanceOfSatisfying(NormsRefusal.NormPeriodsOverlap.class,
                            overlap -> assertThat(overlap.normSetId()).isEqualTo("ns-bg-2023"));
                });
        assertThat(norms.sets()).hasSize(1);
    }

    @Test
    void newRatesTakeOverOnceTheOldSetIsEnded() {
        CostNorms norms = CostNorms.empty("bac-giang");
        norms.add(NormsMother.bacGiang2023());
        NormSet ended = NormSet.of("ns-bg-2023", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                NormsMother.BAC_GIANG_BASIS, NormsMother.bacGiangRates());
        var higher = NormsMother.bacGiangRates();
        higher.put(NormCode.PER_DIEM_LEARNER_DAY, 200_000L);

        norms.replace("ns-bg-2023", ended);
        norms.add(NormSet.of("ns-2024", LocalDate.of(2024, 1, 1), null, "NQ 2024", higher));

        NormSchedule schedule = norms.schedule(NormsMother.defaults());
        assertThat(schedule.validOn(LocalDate.of(2023, 12, 31)).id()).isEqualTo("ns-bg-2023");
        assertThat(schedule.validOn(LocalDate.of(2024, 1, 1)).rate(NormCode.PER_DIEM_LEARNER_DAY)).isEqualTo(200_000L);
        assertThat(schedule.validOn(LocalDate.of(2022, 6, 1)).id()).isEqualTo(NormSet.DEFAULT_ID);
    }

    @Test
    void replacingAnUnknownSetIsNotFound() {
        CostNorms norms = CostNorms.empty("bac-giang");
        assertThatThrownBy(() -> norms.replace("nope", NormsMother.bacGiang2023())).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.reason()).isEqualTo(new NormsRefusal.NoSuchNormSet("nope")));
    }
}
