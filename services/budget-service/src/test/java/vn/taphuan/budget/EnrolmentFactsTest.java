package vn.taphuan.budget;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import tools.jackson.databind.JsonNode;
import vn.taphuan.contracts.EventCatalog;
import vn.taphuan.contracts.EventDefinition;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.contracts.Topics;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Facts from enrolment-service arriving late, early, twice or out of order, and the schema examples of every event consumed. */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class EnrolmentFactsTest extends BudgetApiSupport {

    /** A province without norms of its own: the documented defaults apply. */
    private static final String TENANT = "thai-nguyen";

    @Autowired
    EventConsumers consumers;

    @Test
    void reschedulingReEstimatesByTheNormsAndAnOlderScheduleHeardLateChangesNothing() throws Exception {
        String planId = approvedPlan();
        String te = planId + "-te-1";
        TrainingEventScheduled scheduled = BudgetEvents.communityClass(planId, te, "2023-05-10", "2023-05-11");
        awaitProcessed(broker.publish(TENANT, te, 1, scheduled));
        assertThat(activity(planId, te).get("estimateVnd").asLong()).isEqualTo(40_250_000L);

        awaitProcessed(broker.publish(TENANT, te, 2, BudgetEvents.rescheduled(scheduled, "2023-05-17", "2023-05-19", 6, 2)));
        awaitProcessed(broker.publish(TENANT, te, 1, scheduled));

        JsonNode activity = activity(planId, te);
        // 225 learner-days, 6 sessions, 3 venue days, 75 learners' materials, 2 field sessions, organisation
        assertThat(activity.get("estimateVnd").asLong()).isEqualTo(33_750_000L + 6_000_000L + 9_000_000L
                + 3_750_000L + 4_000_000L + 2_000_000L);
        assertThat(activity.get("startDate").asString()).isEqualTo("2023-05-17");
        assertThat(activity.get("title").asString()).isEqualTo(scheduled.title());
        assertThat(activity.get("normSetId").asString()).isEqualTo("default");
        assertThat(budget(officer(TENANT), planId).at("/totals/committedVnd").asLong()).isEqualTo(58_500_000L);
        try (TopicProbe topic = new TopicProbe(brokers, "budget.events.v1")) {
            await().atMost(WAIT).untilAsserted(() -> assertThat(committedAmounts(topic, planId))
                    .containsExactly(40_250_000L, 58_500_000L));
        }
    }

    @Test
    void heldAndClosedAreKeptAndACancellationReleasesTheCommitment() throws Exception {
        String planId = approvedPlan();
        String te = planId + "-te-1";
        TrainingEventScheduled workshop = BudgetEvents.workshop(planId, te);
        awaitProcessed(broker.publish(TENANT, te, 1, workshop));
        assertThat(activity(planId, te).get("committedVnd").asLong()).isEqualTo(15_000_000L + 2_000_000L
                + 3_000_000L + 5_000_000L + 2_000_000L);

        awaitProcessed(broker.publish(TENANT, te, 2, BudgetEvents.cancelled(workshop)));

        JsonNode activity = activity(planId, te);
        assertThat(activity.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(activity.get("releasedVnd").asLong()).isEqualTo(27_000_000L);
        assertThat(activity.get("committedVnd").asLong()).isZero();
        assertThat(budget(officer(TENANT), planId).at("/lines/2/cancelledActivities").asInt()).isEqualTo(1);
    }

    @Test
    void aPersonTurnCountsOnceHoweverOftenItIsHeardAndAWithdrawalThatOvertookItsCompletionStands() throws Exception {
        String planId = approvedPlan();
        String te = planId + "-te-1";
        awaitProcessed(broker.publish(TENANT, te, 1, BudgetEvents.communityClass(planId, te, "2023-05-10", "2023-05-11")));
        double before = consumed("EnrolmentsChanged");
        String page0 = BudgetEvents.pageId(te, 0);
        // en-a: withdrawn (version 3) heard before its completion (version 2); en-c completed with it
        broker.publish(TENANT, page0, 3, BudgetEvents.page(planId, te, 0, BudgetEvents.revoked(te + ".0.a", 3)));
        broker.publish(TENANT, page0, 2, BudgetEvents.page(planId, te, 0, BudgetEvents.completed(te + ".0.a", 2),
                BudgetEvents.completed(te + ".0.c", 2)));
        // en-b: completed, heard twice
        EventsToBroker.Sent twice = broker.publish(TENANT, page0, 4, BudgetEvents.page(planId, te, 0,
                BudgetEvents.completed(te + ".0.b", 2)));
        broker.send(twice);
        // en-c: its completion revoked, and an older state of it heard late
        broker.publish(TENANT, page0, 5, BudgetEvents.page(planId, te, 0, BudgetEvents.revoked(te + ".0.c", 3)));
        broker.publish(TENANT, page0, 1, BudgetEvents.page(planId, te, 0, BudgetEvents.enrolled(te + ".0.c", 1)));
        // en-d: on another page of the roster
        broker.publish(TENANT, BudgetEvents.pageId(te, 1), 1, BudgetEvents.page(planId, te, 1,
                BudgetEvents.completed(te + ".1.d", 2), BudgetEvents.enrolled(te + ".1.e", 1)));
        awaitConsumed("EnrolmentsChanged", before, 7);

        JsonNode figures = budget(officer(TENANT), planId);
        assertThat(figures.get("personTurns").asLong()).as("en-b and en-d").isEqualTo(2);
        assertThat(figures.at("/lines/0/personTurns").asLong()).isEqualTo(2);
        assertThat(activity(planId, te).get("personTurns").asLong()).isEqualTo(2);

        // everything heard again, in another order: nothing changes
        double again = consumed("EnrolmentsChanged");
        broker.publish(TENANT, page0, 2, BudgetEvents.page(planId, te, 0, BudgetEvents.completed(te + ".0.c", 2),
                BudgetEvents.completed(te + ".0.a", 2), BudgetEvents.completed(te + ".0.b", 2)));
        broker.send(twice);
        awaitConsumed("EnrolmentsChanged", again, 2);
        assertThat(budget(officer(TENANT), planId).get("personTurns").asLong()).isEqualTo(2);
    }

    /**
     * The examples are sent newest first (each with the version it has in the order the events happened), and the
     * plan's events travel on another topic than the activity's, handled by another consumer: the outcome must not
     * depend on the order they are handled in.
     */
    @Test
    void theSchemaExampleOfEveryEventConsumedIsHandled() throws Exception {
        List<EventsToBroker.Sent> made = new ArrayList<>();
        List<EventsToBroker.Sent> inInbox = new ArrayList<>();
        double before = consumed("EnrolmentsChanged");
        long version = 0;
        String title = null;
        for (String type : List.of("PlanApproved", "TrainingEventScheduled", "TrainingEventRescheduled",
                "TrainingEventHeld", "TrainingEventClosed", "EnrolmentsChanged", "PlanAmended", "PlanClosed",
                "TrainingEventCancelled")) {
            EventDefinition definition = EventCatalog.find(type, 1).orElseThrow();
            JsonNode example = EventSchemas.schemaNode(definition.schemaPath()).get("examples").get(0);
            Record payload = EventJson.mapper().treeToValue(example, definition.payloadType());
            String aggregateId = example.has("rosterPage")
                    ? BudgetEvents.pageId(example.get("trainingEventId").asString(), example.get("rosterPage").asInt())
                    : example.has("trainingEventId") ? example.get("trainingEventId").asString()
                    : example.get("planId").asString();
            EventsToBroker.Sent next = EventsToBroker.envelope(TENANT, aggregateId, ++version, payload);
            made.add(next);
            if (!type.equals("EnrolmentsChanged")) {
                inInbox.add(next);
            }
            if (payload instanceof TrainingEventScheduled scheduled) {
                title = scheduled.title();
            }
        }
        Collections.reverse(made);
        broker.sendAll(made);
        inInbox.forEach(this::awaitProcessed);
        awaitConsumed("EnrolmentsChanged", before, 1);

        JsonNode budget = budget(officer(TENANT), "pl-bg-2023-dtts");
        assertThat(budget.get("status").asString()).isEqualTo("CLOSED");
        assertThat(budget.get("planVersion").asInt()).isEqualTo(2);
        assertThat(budget.get("estimateVnd").asLong()).isEqualTo(6_889_000_000L);
        assertThat(budget.get("personTurns").asLong()).isEqualTo(1);
        JsonNode activity = activity("pl-bg-2023-dtts", "te-000001");
        assertThat(activity.get("title").asString()).as("named by the schedule only").isEqualTo(title);
        assertThat(activity.get("startDate").asString()).isEqualTo("2023-05-17");
        assertThat(activity.get("closedOn").asString()).isEqualTo("2023-05-20");
        assertThat(activity.get("completedCount").asInt()).isEqualTo(29);
        assertThat(activity.get("status").asString()).isEqualTo("CANCELLED");
        // rescheduled to 2 days for 45 by the defaults, then released in full by the cancellation, whether the
        // cancellation was handled before or after the schedule and the plan
        assertThat(activity.get("estimateVnd").asLong()).isEqualTo(29_750_000L);
        assertThat(activity.get("releasedVnd").asLong()).isEqualTo(29_750_000L);
        assertThat(activity.get("committedVnd").asLong()).isZero();
    }

    @Test
    void theServiceHandlesExactlyTheEventsTheCatalogueSaysItConsumes() {
        assertThat(consumers.registeredTypes()).containsExactlyInAnyOrderElementsOf(
                EventCatalog.consumedBy("budget-service").stream().map(EventDefinition::eventType).toList());
        assertThat(EventCatalog.ALL.stream().filter(d -> d.topic().equals(Topics.BUDGET_EVENTS))
                .map(EventDefinition::producer).collect(Collectors.toSet())).containsExactly("budget-service");
    }

    private String approvedPlan() {
        String planId = "pl-tn-" + UUID.randomUUID().toString().substring(0, 8);
        awaitProcessed(broker.publish(TENANT, planId, 1, BudgetEvents.bacGiang2023(planId)));
        return planId;
    }

    private JsonNode activity(String planId, String trainingEventId) throws Exception {
        return call(officer(TENANT), get("/api/v1/budgets/" + planId + "/activities/" + trainingEventId), 200);
    }

    private List<Long> committedAmounts(TopicProbe topic, String planId) {
        List<Long> amounts = new ArrayList<>();
        for (ConsumerRecord<String, String> record : topic.records()) {
            JsonNode envelope = json.readTree(record.value());
            if (planId.equals(record.key()) && envelope.get("eventType").asString().equals("BudgetCommitted")) {
                amounts.add(envelope.at("/payload/amountVnd").asLong());
            }
        }
        return amounts;
    }
}
