package vn.taphuan.budget.planbudget;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RosterPageTurnsTest {

    private static RosterPageTurns.Heard completed(String id, long version) {
        return new RosterPageTurns.Heard(id, version, true);
    }

    private static RosterPageTurns.Heard notCompleted(String id, long version) {
        return new RosterPageTurns.Heard(id, version, false);
    }

    @Test
    void eachEnrolmentCountsAsItsNewestStateHeardSaysWhateverTheOrder() {
        RosterPageTurns inOrder = RosterPageTurns.empty();
        inOrder.merge(List.of(notCompleted("a", 1), notCompleted("b", 1)));
        inOrder.merge(List.of(completed("a", 2), completed("b", 2)));
        inOrder.merge(List.of(notCompleted("b", 3)));

        RosterPageTurns reversed = RosterPageTurns.empty();
        reversed.merge(List.of(notCompleted("b", 3)));
        reversed.merge(List.of(completed("a", 2), completed("b", 2)));
        reversed.merge(List.of(notCompleted("a", 1), notCompleted("b", 1)));

        assertThat(inOrder.completed()).isEqualTo(1);
        assertThat(reversed.completed()).isEqualTo(1);
        assertThat(reversed.byEnrolment()).isEqualTo(inOrder.byEnrolment());
    }

    @Test
    void aStateHeardAgainChangesNothing() {
        RosterPageTurns turns = RosterPageTurns.empty();
        assertThat(turns.merge(List.of(completed("a", 2)))).isTrue();
        assertThat(turns.merge(List.of(completed("a", 2)))).isFalse();
        assertThat(turns.merge(List.of(notCompleted("a", 1)))).isFalse();
        assertThat(turns.completed()).isEqualTo(1);
    }
}
