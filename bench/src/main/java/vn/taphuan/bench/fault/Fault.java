package vn.taphuan.bench.fault;

import java.util.Arrays;
import java.util.Locale;

/**
 * A failure injected while the nation loads, once {@code at} of its rows were accepted: the run then checks, as
 * always, that every person-turn accepted is counted exactly once (issue 14's fault scenarios).
 *
 * @param kind what fails
 * @param at   share of the nation's rows accepted when it fails (0–1)
 */
public record Fault(Kind kind, double at) {

    /** What fails, and how. */
    public enum Kind {
        /** reporting-service killed with SIGKILL (its consumers mid-batch), started again. */
        KILL_REPORTING("kill-reporting", "reporting"),
        /**
         * enrolment-service killed with SIGKILL in the middle of imports, completions and its relay's batches,
         * started again; the loader sends again what got no answer, as an officer would.
         */
        KILL_ENROLMENT("kill-enrolment", "enrolment"),
        /** budget-service killed with SIGKILL (its consumers and relay mid-batch), started again. */
        KILL_BUDGET("kill-budget", "budget"),
        /** the broker stopped and started again on the same log directory. */
        RESTART_BROKER("restart-broker", null),
        /** the store stopped and started again on the same file: requests are refused 503, consumers wait. */
        RESTART_STORE("restart-store", null),
        /** a second process of each of the four services started (same groups): the consumers share the partitions. */
        ADD_REPLICAS("add-replicas", null);

        private final String option;
        private final String service;

        Kind(String option, String service) {
            this.option = option;
            this.service = service;
        }

        public String option() {
            return option;
        }

        /** The service killed, or null when it is not one service that fails. */
        public String service() {
            return service;
        }

        public static Kind parse(String option) {
            return Arrays.stream(values()).filter(k -> k.option.equals(option.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--fault takes one of "
                            + Arrays.stream(values()).map(Kind::option).toList() + ", not " + option));
        }
    }

    public Fault {
        if (!(at >= 0 && at <= 1)) {
            throw new IllegalArgumentException("--fault-at takes a share of the rows, 0–1, not " + at);
        }
    }

    /**
     * What happened.
     *
     * @param rowsAcceptedBefore rows the imports had accepted when it failed
     * @param downSeconds        from the failure until the part was back (healthy, or the broker listening)
     * @param failure            why it could not be injected or recovered, or null
     */
    public record Outcome(Fault fault, long rowsAcceptedBefore, double downSeconds, String failure) {
    }
}
