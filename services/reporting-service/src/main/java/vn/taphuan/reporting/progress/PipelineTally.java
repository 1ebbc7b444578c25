package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.Figures.PipelineFigures;

/** What is in the pipe and not counted yet: activities scheduled, participants enrolled in them or awaiting completion. */
final class PipelineTally {

    private long scheduledActivities;
    private long enrolledInScheduled;
    private long awaitingCompletion;

    void scheduledActivity() {
        scheduledActivities = Math.incrementExact(scheduledActivities);
    }

    void enrolledInScheduled(long participants) {
        enrolledInScheduled = Math.addExact(enrolledInScheduled, participants);
    }

    void awaitingCompletion(long participants) {
        awaitingCompletion = Math.addExact(awaitingCompletion, participants);
    }

    void add(PipelineFigures part) {
        scheduledActivities = Math.addExact(scheduledActivities, part.scheduledActivities());
        enrolledInScheduled(part.enrolledInScheduled());
        awaitingCompletion(part.awaitingCompletion());
    }

    PipelineFigures figures() {
        return new PipelineFigures(scheduledActivities, enrolledInScheduled, awaitingCompletion);
    }
}
