package vn.taphuan.enrolment.trainingevent;

/** What a command on a {@link TrainingEvent} caused; the service turns each into its contract event. */
public sealed interface TrainingEventChange {

    record Scheduled() implements TrainingEventChange {
    }

    record Rescheduled(String reason) implements TrainingEventChange {
    }

    record Held(int participantCount) implements TrainingEventChange {
    }

    record Cancelled(String reason) implements TrainingEventChange {
    }

    record Closed(int completedCount, int enrolledCount) implements TrainingEventChange {
    }
}
