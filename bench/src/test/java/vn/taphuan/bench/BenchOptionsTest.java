package vn.taphuan.bench;

import org.junit.jupiter.api.Test;
import vn.taphuan.bench.fault.Fault;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void aFaultIsNamedWithWhenItStrikesAndItsRunsAreReportedApart() {
        BenchOptions options = BenchOptions.parse(new String[]{"--person-turns", "5000", "--fault", "kill-budget",
                "--fault-at", "0.5"}, ROOT);

        assertThat(options.fault()).isEqualTo(new Fault(Fault.Kind.KILL_BUDGET, 0.5));
        assertThat(options.fault().kind().service()).isEqualTo("budget");
        assertThat(options.key()).contains("fault=kill-budget");
        assertThat(BenchOptions.parse(new String[]{"--fault", "restart-broker"}, ROOT).fault())
                .isEqualTo(new Fault(Fault.Kind.RESTART_BROKER, 0.4));
        assertThat(BenchOptions.parse(new String[]{}, ROOT).fault()).isNull();
    }

    @Test
    void anUnknownFaultOrAShareOutsideZeroToOneIsRefusedSayingWhatIsAllowed() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--fault", "kill-everything"}, ROOT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kill-reporting").hasMessageContaining("restart-broker");
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--fault", "kill-reporting", "--fault-at", "1.5"}, ROOT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0–1");
    }

    @Test
    void theStoreTrafficMeterIsOnUnlessNoStoreTrafficIsGivenAndTheHelpSaysSo() {
        assertThat(BenchOptions.parse(new String[]{"--person-turns", "5000"}, ROOT).storeTraffic()).isTrue();
        BenchOptions off = BenchOptions.parse(new String[]{"--no-store-traffic", "--person-turns", "5000"}, ROOT);

        assertThat(off.storeTraffic()).isFalse();
        assertThat(off.personTurns()).isEqualTo(5000);
        assertThat(off.command()).isEqualTo("./bench.sh --no-store-traffic --person-turns 5000");
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--help"}, ROOT))
                .hasMessageContaining("--no-store-traffic");
    }
}
