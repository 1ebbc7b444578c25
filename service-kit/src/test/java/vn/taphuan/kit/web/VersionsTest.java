package vn.taphuan.kit.web;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.problem.PreconditionRequired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTest {

    @Test
    void theVersionIsReadFromStrongWeakAndBareTags() {
        assertThat(Versions.expected("\"7\"")).isEqualTo(7);
        assertThat(Versions.expected("W/\"7\"")).isEqualTo(7);
        assertThat(Versions.expected(" 7 ")).isEqualTo(7);
        assertThat(Versions.etag(7)).isEqualTo("\"7\"");
    }

    @Test
    void noTagOrAStarAcceptsAnyVersionButAWriteThatNeedsOneIs428() {
        assertThat(Versions.expected(null)).isNull();
        assertThat(Versions.expected("*")).isNull();
        assertThatThrownBy(() -> Versions.required(null))
                .isInstanceOfSatisfying(PreconditionRequired.class, e -> {
                    assertThat(e.status()).isEqualTo(428);
                    assertThat(e.violations().get(0).field()).isEqualTo("If-Match");
                });
        assertThatThrownBy(() -> Versions.required("*")).isInstanceOf(PreconditionRequired.class);
    }

    @Test
    void somethingElseIsNamedAsABadIfMatch() {
        assertThatThrownBy(() -> Versions.expected("\"abc\""))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("If-Match"));
        assertThatThrownBy(() -> Versions.expected("\"-1\"")).isInstanceOf(InvalidInput.class);
    }
}
