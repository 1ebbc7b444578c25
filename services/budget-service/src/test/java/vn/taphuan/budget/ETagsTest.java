package vn.taphuan.budget;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.problem.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ETagsTest {

    @Test
    void theVersionIsReadFromStrongWeakAndBareTags() {
        assertThat(ETags.expectedVersion("\"7\"")).isEqualTo(7);
        assertThat(ETags.expectedVersion("W/\"7\"")).isEqualTo(7);
        assertThat(ETags.expectedVersion(" 7 ")).isEqualTo(7);
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
    }

    @Test
    void noTagOrAStarAcceptsAnyVersionButReplacingNeedsOne() {
        assertThat(ETags.expectedVersion(null)).isNull();
        assertThat(ETags.expectedVersion("*")).isNull();
        assertThatThrownBy(() -> ETags.requiredVersion(null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("If-Match"));
    }

    @Test
    void somethingElseIsNamedAsABadIfMatch() {
        assertThatThrownBy(() -> ETags.expectedVersion("\"abc\"")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ETags.expectedVersion("\"-1\"")).isInstanceOf(InvalidInput.class);
    }
}
