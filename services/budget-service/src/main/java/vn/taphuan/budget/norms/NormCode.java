package vn.taphuan.budget.norms;

import vn.taphuan.kit.refusal.Labelled;

import java.util.EnumSet;
import java.util.Set;

import static vn.taphuan.budget.norms.ActivityKind.E_LEARNING_COHORT;
import static vn.taphuan.budget.norms.ActivityKind.STUDY_TOUR;
import static vn.taphuan.budget.norms.ActivityKind.TRAINING_CLASS;
import static vn.taphuan.budget.norms.ActivityKind.WORKSHOP;

/**
 * The unit-cost norms (định mức chi) a province sets, each with the quantity of an activity it is multiplied by and
 * the activity kinds it applies to. The amounts are data (a {@link NormSet}); which quantity each norm multiplies is
 * the costing rule, kept here.
 */
public enum NormCode implements Labelled {

    /** Meals support for learners (hỗ trợ tiền ăn), per learner and day. */
    PER_DIEM_LEARNER_DAY("Hỗ trợ tiền ăn học viên (đồng/người/ngày)", EnumSet.of(TRAINING_CLASS, WORKSHOP, STUDY_TOUR)) {
        @Override
        long quantity(ActivitySpec a) {
            return Math.multiplyExact((long) a.capacity(), a.days());
        }
    },
    /** Trainer or speaker fee (thù lao giảng viên, báo cáo viên), per session (buổi). */
    TRAINER_FEE_SESSION("Thù lao giảng viên, báo cáo viên (đồng/buổi)", EnumSet.of(TRAINING_CLASS, WORKSHOP, E_LEARNING_COHORT)) {
        @Override
        long quantity(ActivitySpec a) {
            return a.sessionCount();
        }
    },
    /** Hall and equipment hire, per day. */
    VENUE_DAY("Thuê hội trường, thiết bị (đồng/ngày)", EnumSet.of(TRAINING_CLASS, WORKSHOP)) {
        @Override
        long quantity(ActivitySpec a) {
            return a.days();
        }
    },
    /** Training materials and stationery, per learner. */
    MATERIALS_LEARNER("Tài liệu, văn phòng phẩm (đồng/người)", EnumSet.allOf(ActivityKind.class)) {
        @Override
        long quantity(ActivitySpec a) {
            return a.capacity();
        }
    },
    /** Field visit or practice session (tham quan, thực hành thực tế), per such session. */
    FIELD_VISIT_SESSION("Tham quan, thực hành thực tế (đồng/buổi)", EnumSet.of(TRAINING_CLASS)) {
        @Override
        long quantity(ActivitySpec a) {
            return a.fieldSessions();
        }
    },
    /** Travel of a study-tour member to the host province and back, per person. */
    TRAVEL_PERSON("Đi lại đoàn học tập kinh nghiệm (đồng/người)", EnumSet.of(STUDY_TOUR)) {
        @Override
        long quantity(ActivitySpec a) {
            return a.capacity();
        }
    },
    /** Lodging on a study tour, per person and night. */
    LODGING_PERSON_NIGHT("Thuê phòng nghỉ đoàn học tập (đồng/người/đêm)", EnumSet.of(STUDY_TOUR)) {
        @Override
        long quantity(ActivitySpec a) {
            return Math.multiplyExact((long) a.capacity(), a.days() - 1);
        }
    },
    /** Organising the activity: opening and closing, water, banners (khai giảng, bế giảng, nước uống), per activity. */
    ORGANISATION_ACTIVITY("Chi phí tổ chức: khai giảng, bế giảng, nước uống (đồng/hoạt động)", EnumSet.allOf(ActivityKind.class)) {
        @Override
        long quantity(ActivitySpec a) {
            return 1;
        }
    };

    private final String labelVi;
    private final Set<ActivityKind> appliesTo;

    NormCode(String labelVi, Set<ActivityKind> appliesTo) {
        this.labelVi = labelVi;
        this.appliesTo = appliesTo;
    }

    /** How many units of this norm the activity consumes. */
    abstract long quantity(ActivitySpec activity);

    public boolean appliesTo(ActivityKind kind) {
        return appliesTo.contains(kind);
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    /** English messages name a norm by its code, as the integrator sends it. */
    @Override
    public String labelEn() {
        return name();
    }
}
