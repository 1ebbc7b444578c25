package vn.taphuan.contracts;

import java.util.List;

/** Every Kafka topic of the platform, with its partition count: the one place they are defined. */
public final class Topics {

    /** A topic owned by one producing service. Partitions bound consumer parallelism; keys keep per-aggregate order. */
    public record Topic(String name, int partitions, String producer) {
    }

    public static final Topic PLAN_EVENTS = new Topic("plan.events.v1", 3, "plan-service");
    public static final Topic ENROLMENT_EVENTS = new Topic("enrolment.events.v1", 3, "enrolment-service");
    public static final Topic BUDGET_EVENTS = new Topic("budget.events.v1", 3, "budget-service");
    /** Tenants (provinces) onboarded and disabled; every service keeps the list of known tenants from it. */
    public static final Topic TENANT_EVENTS = new Topic("tenant.events.v1", 3, "plan-service");
    /** Nationwide reference data (administrative units), published with the tenant id {@link #NATIONAL}. */
    public static final Topic REFERENCE_EVENTS = new Topic("reference.events.v1", 3, "plan-service");

    /** The periodic reports' chain of sign-offs (submitted, approved, returned, accepted), keyed by report. */
    public static final Topic REPORTING_EVENTS = new Topic("reporting.events.v1", 3, "reporting-service");

    /** Tenant id of nationwide reference data; no province owns it. */
    public static final String NATIONAL = "national";

    public static final List<Topic> ALL = List.of(PLAN_EVENTS, ENROLMENT_EVENTS, BUDGET_EVENTS, TENANT_EVENTS,
            REFERENCE_EVENTS, REPORTING_EVENTS);

    /** Dead-letter topic for events a consumer group could not process, e.g. {@code plan.events.v1.reporting.dlq}. */
    public static String deadLetter(Topic topic, String consumerGroup) {
        return topic.name() + "." + consumerGroup + ".dlq";
    }

    public static Topic byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown topic " + name));
    }

    private Topics() {
    }
}
