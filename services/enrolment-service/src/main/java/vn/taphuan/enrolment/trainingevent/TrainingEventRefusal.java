package vn.taphuan.enrolment.trainingevent;

import vn.taphuan.kit.refusal.Digits;
import vn.taphuan.kit.refusal.Labelled;
import vn.taphuan.kit.refusal.Reason;

import java.time.LocalDate;
import java.util.List;

/** Why an activity refuses to be scheduled, rescheduled or moved on; the words are in {@code messages_*.properties}. */
public sealed interface TrainingEventRefusal extends Reason {

    /** What the officer tried to do with the activity, as the messages name it. */
    enum Action implements Labelled {
        RESCHEDULE("dời lịch", "reschedule"),
        MARK_HELD("ghi nhận đã tổ chức", "mark as held"),
        CANCEL("hủy", "cancel"),
        CLOSE("đóng", "close"),
        ENROL("ghi danh hoặc điểm danh", "enrol or record attendance"),
        RECORD_COMPLETION("ghi nhận hoàn thành", "record completion");

        private final String labelVi;
        private final String labelEn;

        Action(String labelVi, String labelEn) {
            this.labelVi = labelVi;
            this.labelEn = labelEn;
        }

        @Override
        public String labelVi() {
            return labelVi;
        }

        @Override
        public String labelEn() {
            return labelEn;
        }
    }

    record StatusForbids(Action action, TrainingEventStatus status) implements TrainingEventRefusal {
    }

    record NoSuchTrainingEvent(String trainingEventId) implements TrainingEventRefusal {
    }

    // ---------------------------------------------------------------- a schedule as written

    record CapacityNotPositive() implements TrainingEventRefusal {
    }

    record EndBeforeStart() implements TrainingEventRefusal {
    }

    record NoSessions() implements TrainingEventRefusal {
    }

    record SessionOutsideDates(LocalDate startDate, LocalDate endDate) implements TrainingEventRefusal {
    }

    record SessionsOutOfOrder() implements TrainingEventRefusal {
    }

    // ---------------------------------------------------------------- the plan's and the programme's rules

    /** Problem {@code programme-rules}: the activity breaks the rules of its plan or programme. */
    record BreaksPlanOrProgrammeRules() implements TrainingEventRefusal {
    }

    record OutsidePlanPeriod(LocalDate periodStart, LocalDate periodEnd) implements TrainingEventRefusal {
    }

    record CourseTooShort(String programmeCode, int minDurationDays, long durationDays) implements TrainingEventRefusal {
    }

    record TooFewFieldSessions(String programmeCode, int minFieldSessions, long fieldSessions)
            implements TrainingEventRefusal {
    }

    /** Problem {@code unknown-target-line}. */
    record LineNoLongerInPlan() implements TrainingEventRefusal {
    }

    record UnitNotAllowed() implements TrainingEventRefusal {
    }

    record LineRunOnlyIn(List<String> unitCodes) implements TrainingEventRefusal {
    }

    // ---------------------------------------------------------------- rescheduling

    record RescheduleRefused() implements TrainingEventRefusal {
    }

    record BelowEnrolled(Digits seatsTaken) implements TrainingEventRefusal {
    }

    /** Once people are enrolled the roster keeps the pages sized by the first capacity. */
    record BeyondRosterPages(Digits mostPlaces, int rosterPages) implements TrainingEventRefusal {
    }

    record AttendanceRecordedUpTo(int session) implements TrainingEventRefusal {
    }

    // ---------------------------------------------------------------- the end of an activity (problem not-yet-ended)

    record ActivityNotYetEnded(LocalDate endDate) implements TrainingEventRefusal {
    }

    record CourseNotYetEnded(LocalDate endDate) implements TrainingEventRefusal {
    }
}
