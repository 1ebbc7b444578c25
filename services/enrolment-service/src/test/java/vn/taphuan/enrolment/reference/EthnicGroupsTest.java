package vn.taphuan.enrolment.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EthnicGroupsTest {

    private final EthnicGroups groups = EthnicGroups.load();

    @Test
    void theOfficialListHas54GroupsOf53AreMinorities() {
        assertThat(groups.all()).hasSize(54);
        assertThat(groups.all().stream().filter(EthnicGroup::minority)).hasSize(53);
        assertThat(groups.byCode("01").orElseThrow().minority()).isFalse();
        assertThat(groups.byCode("04").orElseThrow().minority()).as("Hoa is one of the 53 minorities").isTrue();
    }

    @Test
    void aGroupIsFoundByCodeOrByAnySpellingSeenOnSheets() {
        assertThat(groups.find("8").orElseThrow().name()).isEqualTo("Mông");
        assertThat(groups.find("H'Mông").orElseThrow().code()).isEqualTo("08");
        assertThat(groups.find("HMONG").orElseThrow().code()).isEqualTo("08");
        assertThat(groups.find(" khmer ").orElseThrow().name()).isEqualTo("Khơ-me");
        assertThat(groups.find("Tày").orElseThrow().code()).isEqualTo("02");
        assertThat(groups.find("Thái").orElseThrow().code()).isEqualTo("03");
        assertThat(groups.find("Co").orElseThrow().code()).isEqualTo("30");
        assertThat(groups.find("Cờ Lao").orElseThrow().code()).isEqualTo("47");
        assertThat(groups.find("Lào").orElseThrow().code()).isEqualTo("37");
        assertThat(groups.find("Kinhh")).isEmpty();
        assertThat(groups.find("55")).isEmpty();
    }
}
