package vn.taphuan.plan.programme;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalogue seeded before the merged programme existed: the next start adds it and links the 2021–2025 entries to
 * it, and nothing more (the same context as the API tests, so it costs no start of its own).
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class ProgrammeSeedTest {

    private static final String NTM = "MTQG_NTM_2021_2025";

    @Autowired
    ProgrammeCatalog catalog;

    @Test
    void aStartOnACatalogueWithoutTheSuccessorLinkAddsItAndASecondStartChangesNothing() {
        Programme linked = catalog.get(NTM);
        Programme unlinked = catalog.revise(NTM, linked.version(), linked.definition().withSuccessor(null));
        assertThat(unlinked.successorCode()).isEmpty();

        catalog.seed();

        Programme relinked = catalog.get(NTM);
        assertThat(relinked.successorCode()).contains(ProgrammeMother.MERGED);
        assertThat(relinked.definition().withSuccessor(null)).as("nothing else touched").isEqualTo(unlinked.definition());
        catalog.seed();
        assertThat(catalog.get(NTM).version()).isEqualTo(relinked.version());
    }
}
