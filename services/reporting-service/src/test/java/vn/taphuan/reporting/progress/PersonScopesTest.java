package vn.taphuan.reporting.progress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonScopesTest {

    private static final String DTTS = "MTQG_DTTS_MN_2021_2025";
    private static final String NTM = "MTQG_NTM_2021_2025";
    private static final String MERGED = "MTQG_NTM_GN_DTTS_2026_2035";
    private static final Map<String, String> OWNERS = Map.of(DTTS, "BDTTG", NTM, "BNNMT", MERGED, "BNNMT");

    private static PersonScopes.Completion done(String programme, String day) {
        return new PersonScopes.Completion("bac-ninh", programme, LocalDate.parse(day));
    }

    private static long persons(PersonScopes scopes, String key) {
        return PersonScopes.persons(scopes.scopes().get(PersonScopes.NATIONAL).getOrDefault(key, Map.of())).total();
    }

    @Test
    void aLearnerOf2024UnderTheEthnicMinorityProgrammeAndOf2026UnderTheMergedOneIsOnePersonInEachPhase() {
        PersonScopes scopes = new PersonScopes().count(List.of(done(DTTS, "2024-05-21"), done(MERGED, "2026-03-10")),
                tenant -> Set.of(tenant), OWNERS::get, 1);

        assertThat(persons(scopes, PersonScopes.ALL)).isEqualTo(1);
        assertThat(persons(scopes, PersonScopes.key(null, null, "2021-2025"))).isEqualTo(1);
        assertThat(persons(scopes, PersonScopes.key(null, null, "2026-2030"))).isEqualTo(1);
        assertThat(persons(scopes, DTTS)).isEqualTo(1);
        assertThat(persons(scopes, MERGED)).isEqualTo(1);
        assertThat(persons(scopes, PersonScopes.key(null, MERGED, "2021-2025"))).isZero();
        assertThat(persons(scopes, PersonScopes.key("BNNMT", null, null))).isEqualTo(1);
        assertThat(persons(scopes, PersonScopes.key("BNNMT", null, "2021-2025"))).isZero();
        assertThat(persons(scopes, PersonScopes.key("BDTTG", null, "2021-2025"))).isEqualTo(1);
        // first trained in 2024 over all, in 2026 within the new phase
        assertThat(scopes.scopes().get(PersonScopes.NATIONAL).get(PersonScopes.ALL)).containsOnlyKeys("2024-05");
        assertThat(scopes.scopes().get(PersonScopes.NATIONAL).get(PersonScopes.key(null, null, "2026-2030")))
                .containsOnlyKeys("2026-03");
    }

    @Test
    void twoProgrammesOfOneMinistryInOnePhaseCountTheirLearnerOnceForTheMinistry() {
        PersonScopes scopes = new PersonScopes()
                .count(List.of(done(NTM, "2025-11-02"), done(MERGED, "2026-01-15")), tenant -> Set.of(tenant),
                        OWNERS::get, 1)
                .count(List.of(done(NTM, "2023-04-01")), tenant -> Set.of(tenant), OWNERS::get, 1);

        assertThat(persons(scopes, PersonScopes.key("BNNMT", null, null))).isEqualTo(2);
        assertThat(persons(scopes, PersonScopes.key("BNNMT", null, "2021-2025"))).isEqualTo(2);
        assertThat(persons(scopes, PersonScopes.key("BNNMT", null, "2026-2030"))).isEqualTo(1);
        assertThat(persons(scopes, PersonScopes.key("BDTTG", null, null))).isZero();
    }

    @Test
    void takingAPersonAwayLeavesNothingBehindInAnySelection() {
        List<PersonScopes.Completion> completions = List.of(done(DTTS, "2024-05-21"), done(MERGED, "2026-03-10"));
        PersonScopes scopes = new PersonScopes().count(completions, tenant -> Set.of(tenant), OWNERS::get, 1)
                .count(completions, tenant -> Set.of(tenant), OWNERS::get, -1);

        assertThat(scopes.isEmpty()).isTrue();
    }

    @Test
    void phasesAreTheFiveYearPlansAndOnlyThoseParse() {
        assertThat(Phase.of(LocalDate.of(2025, 12, 31)).code()).isEqualTo("2021-2025");
        assertThat(Phase.of(LocalDate.of(2026, 1, 1)).code()).isEqualTo("2026-2030");
        assertThat(Phase.parse(" 2026-2030 ")).contains(new Phase(2026));
        assertThat(Phase.parse("2026-2035")).isEmpty();
        assertThat(Phase.parse("2027-2031")).isEmpty();
        assertThat(Phase.parse("giai đoạn 2")).isEmpty();
        assertThatThrownBy(() -> new Phase(2027)).isInstanceOf(IllegalArgumentException.class);
    }
}
