package vn.taphuan.budget;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.JsonNode;
import vn.taphuan.contracts.enrolment.v1.TrainingEventClosed;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A consumer batch as the binder hands it over, given straight to the service's consumers: the facts of a batch are
 * applied to each plan budget in one write, a redelivered event in the batch is skipped, a fact that cannot be applied
 * is named alone (the facts before it stay), and the roster pages of a batch are counted exactly however often heard.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class ConsumerBatchesTest extends BudgetApiSupport {

    private static final String TENANT = "thai-nguyen";
    /** A community class of 2 days for 75 by the documented defaults. */
    private static final long COMMUNITY_CLASS = 40_250_000L;
    /** A workshop of 1 day for 100 by the documented defaults. */
    private static final long WORKSHOP = 27_000_000L;

    @Autowired
    @Qualifier("onEnrolmentEvents")
    Consumer<Message<List<byte[]>>> enrolmentEvents;
    @Autowired
    @Qualifier("onPlanEvents")
    Consumer<Message<List<byte[]>>> planEvents;

    @Test
    void theFactsOfABatchAreWrittenOncePerBudgetAndARedeliveredOneIsSkipped() throws Exception {
        String first = approvedPlan(TENANT);
        String second = approvedPlan(TENANT);
        long firstVersion = version(first);
        long secondVersion = version(second);
        TrainingEventScheduled classOne = BudgetEvents.communityClass(first, first + "-te-1", "2023-05-10", "2023-05-11");
        EventsToBroker.Sent scheduled = EventsToBroker.envelope(TENANT, classOne.trainingEventId(), 1, classOne);
        EventsToBroker.Sent workshop = EventsToBroker.envelope(TENANT, first + "-te-2", 1,
                BudgetEvents.workshop(first, first + "-te-2"));
        EventsToBroker.Sent held = EventsToBroker.envelope(TENANT, classOne.trainingEventId(), 2,
                new TrainingEventHeld(classOne.trainingEventId(), first, classOne.targetLineId(), "TRAINING_CLASS",
                        "X-AN-LAC", "2023-05-10", 70));
        EventsToBroker.Sent otherPlan = EventsToBroker.envelope(TENANT, second + "-te-1", 1,
                BudgetEvents.communityClass(second, second + "-te-1", "2023-05-10", "2023-05-11"));
        EventsToBroker.Sent closed = EventsToBroker.envelope(TENANT, classOne.trainingEventId(), 3,
                new TrainingEventClosed(classOne.trainingEventId(), first, classOne.targetLineId(), "TRAINING_CLASS",
                        "2023-05-12", 68, 72));
        EventsToBroker.Sent page = EventsToBroker.envelope(TENANT, BudgetEvents.pageId(classOne.trainingEventId(), 0),
                1, BudgetEvents.page(first, classOne.trainingEventId(), 0,
                        BudgetEvents.completed(classOne.trainingEventId() + ".a", 2)));
        double duplicates = duplicates("TrainingEventScheduled");

        // a roster page among the facts does not split them: the handlers keep their state apart
        enrolmentEvents.accept(batch(scheduled, workshop, page, held, otherPlan, scheduled, closed));

        // one write of each budget: its version moved by its commitments (one event each), not once per fact
        assertThat(version(first)).isEqualTo(firstVersion + 2);
        assertThat(version(second)).isEqualTo(secondVersion + 1);
        assertThat(duplicates("TrainingEventScheduled")).isEqualTo(duplicates + 1);
        for (EventsToBroker.Sent event : List.of(scheduled, workshop, held, otherPlan, closed)) {
            assertThat(processed(event)).as("in the inbox").isTrue();
        }
        JsonNode activity = activity(first, classOne.trainingEventId());
        assertThat(activity.get("status").asString()).isEqualTo("CLOSED");
        assertThat(activity.get("heldOn").asString()).isEqualTo("2023-05-10");
        assertThat(activity.get("completedCount").asInt()).isEqualTo(68);
        assertThat(activity.get("personTurns").asLong()).isEqualTo(1);
        assertThat(budget(officer(TENANT), first).at("/totals/committedVnd").asLong())
                .isEqualTo(COMMUNITY_CLASS + WORKSHOP);
        assertThat(budget(officer(TENANT), second).at("/totals/committedVnd").asLong()).isEqualTo(COMMUNITY_CLASS);

        // the same facts in new envelopes (a replay): nothing is written
        enrolmentEvents.accept(batch(resent(closed), resent(held), resent(scheduled), resent(workshop)));
        assertThat(version(first)).isEqualTo(firstVersion + 2);
        assertThat(budget(officer(TENANT), first).at("/totals/committedVnd").asLong())
                .isEqualTo(COMMUNITY_CLASS + WORKSHOP);
    }

    @Test
    void aFactThatCannotBeAppliedIsNamedAloneAndTheFactsBeforeItStay() throws Exception {
        String own = approvedPlan(TENANT);
        String foreign = approvedPlan("bac-giang");
        long foreignVersion = version(foreign);
        EventsToBroker.Sent before = EventsToBroker.envelope(TENANT, own + "-te-1", 1,
                BudgetEvents.communityClass(own, own + "-te-1", "2023-05-10", "2023-05-11"));
        // names another province's plan: no retry can mend it
        EventsToBroker.Sent culprit = EventsToBroker.envelope(TENANT, foreign + "-te-1", 1,
                BudgetEvents.workshop(foreign, foreign + "-te-1"));
        EventsToBroker.Sent after = EventsToBroker.envelope(TENANT, own + "-te-2", 1,
                BudgetEvents.workshop(own, own + "-te-2"));
        EventsToBroker.Sent page = EventsToBroker.envelope(TENANT, BudgetEvents.pageId(own + "-te-1", 0), 1,
                BudgetEvents.page(own, own + "-te-1", 0, BudgetEvents.completed(own + "-te-1.a", 2)));

        assertThatThrownBy(() -> enrolmentEvents.accept(batch(before, culprit, page, after)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getIndex()).as("the culprit's place in the batch").isEqualTo(1);
                    assertThat(failed.getCause()).isInstanceOf(EventConsumers.RejectedEvent.class);
                });

        assertThat(processed(before)).isTrue();
        assertThat(processed(culprit)).isFalse();
        assertThat(version(foreign)).as("the other province's budget untouched").isEqualTo(foreignVersion);
        assertThat(activity(own, own + "-te-1").get("committedVnd").asLong()).isEqualTo(COMMUNITY_CLASS);
        assertThat(activity(own, own + "-te-1").get("personTurns").asLong()).as("the page after it").isEqualTo(1);

        // the container goes on after the culprit: what follows it is applied once, whatever it found
        enrolmentEvents.accept(batch(after));
        enrolmentEvents.accept(batch(resent(after)));
        assertThat(budget(officer(TENANT), own).at("/totals/committedVnd").asLong())
                .isEqualTo(COMMUNITY_CLASS + WORKSHOP);
    }

    @Test
    void thePagesOfABatchAreCountedOnceAndAPlanLosingItsCountGetsItBackWhenAPageIsHeardAgain() throws Exception {
        String first = approvedPlan(TENANT);
        String second = approvedPlan(TENANT);
        String te1 = first + "-te-1";
        String te2 = second + "-te-1";
        EventsToBroker.Sent page0 = EventsToBroker.envelope(TENANT, BudgetEvents.pageId(te1, 0), 1,
                BudgetEvents.page(first, te1, 0, BudgetEvents.completed(te1 + ".a", 2),
                        BudgetEvents.completed(te1 + ".b", 2), BudgetEvents.enrolled(te1 + ".c", 1)));
        EventsToBroker.Sent page1 = EventsToBroker.envelope(TENANT, BudgetEvents.pageId(te1, 1), 1,
                BudgetEvents.page(first, te1, 1, BudgetEvents.completed(te1 + ".d", 2)));
        // b's completion revoked, in the same batch as its completion
        EventsToBroker.Sent revoked = EventsToBroker.envelope(TENANT, BudgetEvents.pageId(te1, 0), 2,
                BudgetEvents.page(first, te1, 0, BudgetEvents.revoked(te1 + ".b", 3)));
        EventsToBroker.Sent otherPlan = EventsToBroker.envelope(TENANT, BudgetEvents.pageId(te2, 0), 1,
                BudgetEvents.page(second, te2, 0, BudgetEvents.completed(te2 + ".a", 2)));

        EventsToBroker.Sent scheduled = EventsToBroker.envelope(TENANT, te1, 1,
                BudgetEvents.communityClass(first, te1, "2023-05-10", "2023-05-11"));

        // roster pages and an activity's schedule in one batch, a page heard twice
        enrolmentEvents.accept(batch(page0, scheduled, page1, revoked, otherPlan, page0));

        assertThat(budget(officer(TENANT), first).get("personTurns").asLong()).as("a and d").isEqualTo(2);
        assertThat(activity(first, te1).get("personTurns").asLong()).isEqualTo(2);
        assertThat(budget(officer(TENANT), second).get("personTurns").asLong()).isEqualTo(1);

        // as if the process died between the pages' write and the plan's: the plan's count is carried again
        mongo.remove(Query.query(Criteria.where("_id").is(TENANT + ":" + first)), "plan_person_turns");
        enrolmentEvents.accept(batch(page1));
        assertThat(budget(officer(TENANT), first).get("personTurns").asLong()).as("d").isEqualTo(1);
        enrolmentEvents.accept(batch(revoked));
        assertThat(budget(officer(TENANT), first).get("personTurns").asLong()).isEqualTo(2);
        assertThat(activity(first, te1).get("personTurns").asLong()).isEqualTo(2);
    }

    /**
     * Held and closed change no money: they are kept per activity beside the budget, so however many activities a
     * plan has, these facts never rewrite (nor grow) the plan's document, which holds every activity.
     */
    @Test
    void heldAndClosedFactsNeverRewriteNorGrowThePlansDocument() throws Exception {
        String planId = approvedPlan(TENANT);
        List<String> activities = List.of(planId + "-te-1", planId + "-te-2", planId + "-te-3");
        enrolmentEvents.accept(batch(activities.stream().map(te -> EventsToBroker.envelope(TENANT, te, 1,
                BudgetEvents.communityClass(planId, te, "2023-05-10", "2023-05-11")))
                .toArray(EventsToBroker.Sent[]::new)));
        long version = version(planId);
        String stored = activitiesAsStored(planId);

        EventsToBroker.Sent[] progress = activities.stream().flatMap(te -> java.util.stream.Stream.of(
                EventsToBroker.envelope(TENANT, te, 3, new TrainingEventClosed(te, planId, "community-classes",
                        "TRAINING_CLASS", "2023-05-12", 68, 72)),
                EventsToBroker.envelope(TENANT, te, 2, new TrainingEventHeld(te, planId, "community-classes",
                        "TRAINING_CLASS", "X-AN-LAC", "2023-05-10", 70))))
                .toArray(EventsToBroker.Sent[]::new);
        enrolmentEvents.accept(batch(progress));
        enrolmentEvents.accept(batch(Arrays.stream(progress).map(this::resent).toArray(EventsToBroker.Sent[]::new)));

        assertThat(version(planId)).as("the plan's document not written").isEqualTo(version);
        assertThat(activitiesAsStored(planId)).as("nor grown").isEqualTo(stored);
        for (Document activity : mongo.findById(planId, Document.class, "planBudget").getList("activities",
                Document.class)) {
            assertThat(activity).as("no held or closed field in the plan's document, not even empty")
                    .doesNotContainKeys("heldOn", "participantCount", "heldVersion", "closedOn", "completedCount",
                            "enrolledCount", "closedVersion");
        }
        assertThat(mongo.count(Query.query(Criteria.where("planId").is(planId)), "activity_progress"))
                .as("one document per activity").isEqualTo(3);
        JsonNode listed = call(officer(TENANT), get("/api/v1/budgets/" + planId + "/activities"), 200);
        assertThat(listed).hasSize(3);
        for (JsonNode activity : listed) {
            assertThat(activity.get("status").asString()).isEqualTo("CLOSED");
            assertThat(activity.get("heldOn").asString()).isEqualTo("2023-05-10");
            assertThat(activity.get("closedOn").asString()).isEqualTo("2023-05-12");
            assertThat(activity.get("completedCount").asInt()).isEqualTo(68);
            assertThat(activity.get("committedVnd").asLong()).isEqualTo(COMMUNITY_CLASS);
        }

        // an older fact heard late changes nothing; a cancellation (money: the budget's) outranks them
        enrolmentEvents.accept(batch(EventsToBroker.envelope(TENANT, activities.get(0), 1,
                new TrainingEventHeld(activities.get(0), planId, "community-classes", "TRAINING_CLASS", "X-AN-LAC",
                        "2023-05-09", 10))));
        assertThat(activity(planId, activities.get(0)).get("heldOn").asString()).isEqualTo("2023-05-10");
        enrolmentEvents.accept(batch(EventsToBroker.envelope(TENANT, activities.get(1), 4,
                BudgetEvents.cancelled(BudgetEvents.communityClass(planId, activities.get(1), "2023-05-10",
                        "2023-05-11")))));
        assertThat(activity(planId, activities.get(1)).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(activity(planId, activities.get(1)).get("closedOn").asString()).isEqualTo("2023-05-12");
    }

    /** The same activity id in two provinces: each province's held fact is its own. */
    @Test
    void heldFactsAreKeptPerProvince() throws Exception {
        String own = approvedPlan(TENANT);
        String other = approvedPlan("bac-giang");
        String te = "te-shared-" + UUID.randomUUID().toString().substring(0, 8);
        enrolmentEvents.accept(batch(
                EventsToBroker.envelope(TENANT, te, 1, BudgetEvents.communityClass(own, te, "2023-05-10", "2023-05-11")),
                EventsToBroker.envelope("bac-giang", te, 1,
                        BudgetEvents.communityClass(other, te, "2023-05-10", "2023-05-11")),
                EventsToBroker.envelope("bac-giang", te, 2, new TrainingEventHeld(te, other, "community-classes",
                        "TRAINING_CLASS", "X-AN-LAC", "2023-05-10", 70))));

        assertThat(activity(own, te).get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(activity(own, te).get("heldOn").isNull()).isTrue();
        assertThat(call(officer("bac-giang"), get("/api/v1/budgets/" + other + "/activities/" + te), 200)
                .get("status").asString()).isEqualTo("HELD");
    }

    /** A budget stored before held and closed were kept apart still shows what it held, until newer facts come. */
    @Test
    void heldAndClosedFactsAPlansDocumentHeldItselfAreStillShown() throws Exception {
        String planId = approvedPlan(TENANT);
        String te = planId + "-te-1";
        enrolmentEvents.accept(batch(EventsToBroker.envelope(TENANT, te, 1,
                BudgetEvents.communityClass(planId, te, "2023-05-10", "2023-05-11"))));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(planId)), new org.springframework.data.mongodb.core
                .query.Update().set("activities.0.heldOn", java.time.LocalDate.of(2023, 5, 10))
                .set("activities.0.participantCount", 70).set("activities.0.heldVersion", 2L), "planBudget");

        assertThat(activity(planId, te).get("status").asString()).isEqualTo("HELD");
        assertThat(activity(planId, te).get("heldOn").asString()).isEqualTo("2023-05-10");

        enrolmentEvents.accept(batch(EventsToBroker.envelope(TENANT, te, 3, new TrainingEventClosed(te, planId,
                "community-classes", "TRAINING_CLASS", "2023-05-12", 68, 72))));
        JsonNode activity = activity(planId, te);
        assertThat(activity.get("status").asString()).isEqualTo("CLOSED");
        assertThat(activity.get("heldOn").asString()).isEqualTo("2023-05-10");
    }

    /** The activities of a plan's document as stored, in the canonical form of their JSON. */
    private String activitiesAsStored(String planId) {
        return new Document("activities", mongo.findById(planId, Document.class, "planBudget").get("activities"))
                .toJson();
    }

    private String approvedPlan(String tenant) {
        String planId = "pl-cb-" + UUID.randomUUID().toString().substring(0, 8);
        planEvents.accept(batch(EventsToBroker.envelope(tenant, planId, 1, BudgetEvents.bacGiang2023(planId))));
        return planId;
    }

    private static Message<List<byte[]>> batch(EventsToBroker.Sent... events) {
        return MessageBuilder.withPayload(Arrays.stream(events).map(e -> e.json().getBytes(StandardCharsets.UTF_8))
                .toList()).build();
    }

    /** The same event in a new envelope (a new event id), as a replay from the dead letters or a producer's retry. */
    private EventsToBroker.Sent resent(EventsToBroker.Sent event) {
        JsonNode envelope = json.readTree(event.json());
        ((tools.jackson.databind.node.ObjectNode) envelope).put("eventId", UUID.randomUUID().toString());
        return new EventsToBroker.Sent(event.topic(), event.key(), envelope.get("eventId").asString(),
                json.writeValueAsString(envelope));
    }

    private long version(String planId) {
        Document budget = mongo.findById(planId, Document.class, "planBudget");
        return budget.get("version", Number.class).longValue();
    }

    private boolean processed(EventsToBroker.Sent event) {
        return mongo.exists(Query.query(Criteria.where("_id").is(event.eventId())), "processed_events");
    }

    private JsonNode activity(String planId, String trainingEventId) throws Exception {
        return call(officer(TENANT), get("/api/v1/budgets/" + planId + "/activities/" + trainingEventId), 200);
    }
}
