package vn.taphuan.budget.norms;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Norm sets as a province would set them: Bắc Giang's 2023 rates, and the service's documented defaults. */
public final class NormsMother {

    public static final String BAC_GIANG_BASIS = "Nghị quyết 07/2023/NQ-HĐND tỉnh Bắc Giang (thử nghiệm)";

    public static Map<NormCode, Long> bacGiangRates() {
        Map<NormCode, Long> rates = new EnumMap<>(NormCode.class);
        rates.put(NormCode.PER_DIEM_LEARNER_DAY, 150_000L);
        rates.put(NormCode.TRAINER_FEE_SESSION, 800_000L);
        rates.put(NormCode.VENUE_DAY, 2_500_000L);
        rates.put(NormCode.MATERIALS_LEARNER, 50_000L);
        rates.put(NormCode.FIELD_VISIT_SESSION, 1_500_000L);
        rates.put(NormCode.TRAVEL_PERSON, 3_500_000L);
        rates.put(NormCode.LODGING_PERSON_NIGHT, 350_000L);
        rates.put(NormCode.ORGANISATION_ACTIVITY, 1_000_000L);
        return rates;
    }

    /** Bắc Giang's rates from 2023-01-01, still in force. */
    public static NormSet bacGiang2023() {
        return NormSet.of("ns-bg-2023", LocalDate.of(2023, 1, 1), null, BAC_GIANG_BASIS, bacGiangRates());
    }

    /** The defaults of application.yml. */
    public static NormSet defaults() {
        Map<NormCode, Long> rates = new EnumMap<>(NormCode.class);
        rates.put(NormCode.PER_DIEM_LEARNER_DAY, 150_000L);
        rates.put(NormCode.TRAINER_FEE_SESSION, 1_000_000L);
        rates.put(NormCode.VENUE_DAY, 3_000_000L);
        rates.put(NormCode.MATERIALS_LEARNER, 50_000L);
        rates.put(NormCode.FIELD_VISIT_SESSION, 2_000_000L);
        rates.put(NormCode.TRAVEL_PERSON, 3_000_000L);
        rates.put(NormCode.LODGING_PERSON_NIGHT, 400_000L);
        rates.put(NormCode.ORGANISATION_ACTIVITY, 2_000_000L);
        return NormSet.defaults("Định mức tham chiếu", rates);
    }

    /** Bắc Giang's own rates from 2023, the defaults before. */
    public static NormSchedule bacGiangSchedule() {
        return new NormSchedule(java.util.List.of(bacGiang2023()), defaults());
    }

    /** A two-day community class for 75 people, 4 sessions of which 1 in the field. */
    public static ActivitySpec communityClass(LocalDate start) {
        return new ActivitySpec(ActivityKind.TRAINING_CLASS, start, start.plusDays(1), 75, 4, 1);
    }

    private NormsMother() {
    }
}
