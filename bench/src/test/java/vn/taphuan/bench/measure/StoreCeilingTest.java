package vn.taphuan.bench.measure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCeilingTest {

    @Test
    void theDocumentsAreAboutFourHundredBytesAndEachHasItsOwnId() {
        assertThat(StoreCeiling.encodedSize(StoreCeiling.document(0))).isBetween(380, 430);
        assertThat(StoreCeiling.encodedSize(StoreCeiling.document(999_998))).isEqualTo(StoreCeiling.encodedSize(StoreCeiling.document(0)));
        assertThat(StoreCeiling.document(1).get("_id")).isNotEqualTo(StoreCeiling.document(2).get("_id"));
    }
}
