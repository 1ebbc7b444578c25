package vn.taphuan.reporting.admin;

import vn.taphuan.kit.refusal.Reason;

/** Why a rebuild of the figures from the event log is refused; the words are in {@code messages_*.properties}. */
public sealed interface RebuildRefusal extends Reason {

    record RebuildRunning() implements RebuildRefusal {
    }

    /** Other consumers of the service's events are running (other replicas): they would write into the rebuild. */
    record OtherReplicasConsuming(int others) implements RebuildRefusal {
    }
}
