package vn.taphuan.kit.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.support.Leaks;
import vn.taphuan.kit.support.Leaks.Leak;
import vn.taphuan.kit.support.ProbeWorld;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite fails when a service leaks: the kit's probe endpoints are told to have a bug, the suite is run over them,
 * and the checks that must catch the bug fail (the others still pass). Same context as {@code KitIsolationTest}.
 */
@ServiceIntegrationTest
class SuiteCatchesLeaksTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    KnownTenants tenants;
    @Autowired
    AggregateStore store;

    @AfterEach
    void noMoreLeaks() {
        Leaks.set(Set.of());
    }

    @Test
    void withoutALeakEveryCheckPasses() {
        assertThat(failuresWith(Set.of())).isEmpty();
    }

    @Test
    void readingAnotherProvincesRecordByIdIsCaught() {
        assertThat(failuresWith(Set.of(Leak.READ_ACROSS_PROVINCES))).containsExactlyInAnyOrder(
                "GET /api/v1/probes/{id} › another province: never the victim's data");
    }

    @Test
    void writingAnotherProvincesRecordIsCaughtEvenWhenTheAnswerShowsNothing() {
        assertThat(failuresWith(Set.of(Leak.WRITE_ACROSS_PROVINCES))).containsExactlyInAnyOrder(
                "POST /api/v1/probes/{id}/title › another province: never the victim's data",
                "the victim reads the same after every attack › GET /api/v1/probes/{id}");
    }

    @Test
    void personalDataInWhatTheAnalystReadsIsCaught() {
        assertThat(failuresWith(Set.of(Leak.PERSONAL_DATA_IN_PROGRESS))).contains(
                "GET /api/v1/probe-counts › the ministry analyst never sees personal data");
    }

    @Test
    void showingWhatMustBeShownToNobodyIsCaughtEvenForTheVictim() {
        assertThat(failuresWith(Set.of(Leak.SECRET_SHOWN))).contains(
                "the victim reads its own data (before any attack) › GET /api/v1/probes/{id}");
    }

    /** Runs the whole suite with {@code leaks} switched on; answers the checks that failed, as container › test. */
    private List<String> failuresWith(Set<Leak> leaks) {
        // a probe of its own each run, so a leaky write in one run cannot disturb the next
        String victimProbe = "probe-" + UUID.randomUUID();
        ProbeWorld.create(tenants, store);
        ProbeSuite suite = new ProbeSuite(victimProbe);
        suite.createVictimProbe();
        Leaks.set(leaks);
        List<String> failures = new ArrayList<>();
        suite.everyEndpointKeepsProvincesApart().forEach(node -> run(node, "", failures));
        return failures;
    }

    private static void run(DynamicNode node, String path, List<String> failures) {
        String name = path.isEmpty() ? node.getDisplayName() : path + " › " + node.getDisplayName();
        if (node instanceof DynamicContainer container) {
            container.getChildren().forEach(child -> run(child, name, failures));
        } else if (node instanceof DynamicTest test) {
            try {
                test.getExecutable().execute();
            } catch (Throwable failed) {
                failures.add(name);
            }
        }
    }

    private final class ProbeSuite extends AccessIsolationSuite {
        private final String probe;

        ProbeSuite(String probe) {
            this.probe = probe;
        }

        void createVictimProbe() {
            try (var ignored = vn.taphuan.kit.tenant.TenantContext.open(ProbeWorld.VICTIM)) {
                store.insert(new vn.taphuan.kit.support.Probe(probe, ProbeWorld.VICTIM, ProbeWorld.LEARNER)
                        .withSecret(ProbeWorld.ID_NUMBER), probe, List.of());
            }
        }

        @Override
        protected String baseUrl() {
            return "http://localhost:" + port;
        }

        @Override
        protected RequestMappingHandlerMapping handlers() {
            return mapping;
        }

        @Override
        protected Map<String, Call> calls() {
            Map<String, Call> calls = new java.util.HashMap<>(ProbeWorld.calls());
            calls.put("GET /api/v1/probes/{id}", Call.to(Map.of("id", probe)));
            calls.put("POST /api/v1/probes/{id}/title", Call.to(Map.of("id", probe)).json("{\"title\":\"đã đổi\"}"));
            return calls;
        }

        @Override
        protected String victimTenant() {
            return ProbeWorld.VICTIM;
        }

        @Override
        protected String otherTenant() {
            return ProbeWorld.OTHER;
        }

        @Override
        protected Set<String> victimMarkers() {
            return Set.of(probe);
        }

        @Override
        protected Set<String> personalMarkers() {
            return ProbeWorld.personalMarkers();
        }

        @Override
        protected Set<String> secretMarkers() {
            return ProbeWorld.secretMarkers();
        }
    }
}
