package vn.taphuan.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.facts.Rollups;
import vn.taphuan.reporting.progress.EnrolmentTotals;
import vn.taphuan.reporting.progress.PersonScopes;
import vn.taphuan.reporting.support.Broker;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.reporting.support.TrainingLoad;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import vn.taphuan.testsupport.ServiceIntegrationTest;

/**
 * A consumer far behind: reporting's enrolment consumer paused while 100,000 events pile up on its topic (a province's
 * year of sheets, each learner enrolled and then completed), then resumed. It catches up, and every person-turn and
 * every person is counted exactly once. {@code -Dreporting.far-behind.events=N} changes the pile.
 */
@ReportingIntegrationTest
class FarBehindConsumerTest {

    private static final String TENANT = "tinh-xa";
    private static final String PLAN = "kh-xa-2025";
    private static final int PER_ACTIVITY = 100;

    @Autowired
    BindingsLifecycleController bindings;
    @Autowired
    Rollups rollups;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    @Test
    void aConsumerPausedWhileAHundredThousandEventsWaitCatchesUpWithExactCounts() {
        int events = Integer.getInteger("reporting.far-behind.events", 100_000);
        int enrolments = events / 2;
        int people = enrolments * 4 / 5; // a fifth of the learners come back in a second class
        try (Broker broker = new Broker(brokers)) {
            broker.publishAll(List.of(Envelopes.envelope(TENANT, TENANT, 1, "2021-01-01T00:00:00Z",
                    new TenantOnboarded(TENANT, "97", "Tỉnh xa", "2020-01-01", null, null, null))));
            broker.awaitConsumed("reporting", Duration.ofSeconds(60));

            bindings.pause("onEnrolmentEvents-in-0");
            List<Envelopes.Published> pile = new ArrayList<>(events);
            Set<String> persons = new HashSet<>();
            for (int n = 0; n < enrolments; n++) {
                String activity = "lop-xa-" + (n / PER_ACTIVITY);
                String person = TrainingLoad.personKey("xa:" + (n * 7919L % people));
                persons.add(person);
                String enrolment = activity + "-e" + (n % PER_ACTIVITY);
                pile.add(Envelopes.enrolment(TENANT, activity, PLAN, "cong-dong", TrainingLoad.DTTS,
                        Envelopes.state(enrolment, 1, "ENROLLED", person, n % 2 == 0 ? "FEMALE" : "MALE", n % 3 == 0,
                                "97", "2025-03-01", null), "2025-03-01T02:00:00Z"));
                pile.add(Envelopes.enrolment(TENANT, activity, PLAN, "cong-dong", TrainingLoad.DTTS,
                        Envelopes.state(enrolment, 2, "COMPLETED", person, n % 2 == 0 ? "FEMALE" : "MALE", n % 3 == 0,
                                "97", "2025-03-01", "2025-03-05"), "2025-03-05T09:00:00Z"));
            }
            long publishing = System.nanoTime();
            broker.publishPile(pile);
            System.out.printf("far-behind consumer: %,d events published in %.1f s%n", events,
                    (System.nanoTime() - publishing) / 1e9);

            long resumed = System.nanoTime();
            bindings.resume("onEnrolmentEvents-in-0");
            broker.awaitConsumed("reporting", Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - resumed) / 1e9;
            System.out.printf("far-behind consumer: %,d events caught up in %.1f s (%,.0f events/s)%n", events, seconds,
                    events / seconds);

            EnrolmentTotals totals = rollups.planTotals(new PlanKey(TENANT, PLAN));
            assertThat(totals.activities()).hasSize(enrolments / PER_ACTIVITY);
            assertThat(totals.activities().values().stream().mapToLong(EnrolmentTotals.ActivityCount::completed).sum())
                    .as("person-turns").isEqualTo(enrolments);
            assertThat(totals.activities().values().stream().mapToLong(EnrolmentTotals.ActivityCount::enrolled).sum())
                    .as("still only enrolled").isZero();
            assertThat(totals.firstTrainedInPlan().values().stream().mapToLong(Long::longValue).sum())
                    .as("unique persons in the plan").isEqualTo(persons.size());
            assertThat(rollups.scopePersons(TENANT, PersonScopes.ALL).values().stream().mapToLong(Long::longValue).sum())
                    .as("unique persons in the province").isEqualTo(persons.size());
        } finally {
            bindings.resume("onEnrolmentEvents-in-0");
        }
    }
}
