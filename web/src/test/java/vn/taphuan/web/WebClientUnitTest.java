package vn.taphuan.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web client's own unit tests (src/test/js: the messages' key sets in both languages, the keys the pages use, the
 * Vietnamese and English formats and the parsers of what officers type), run with Node's built-in test runner so the
 * suite needs nothing from the npm registry. Skipped where Node 18+ is not installed; CI installs it.
 */
class WebClientUnitTest {

    @Test
    void theClientsUnitTestsPass() throws Exception {
        assumeTrue(nodeAtLeast18(), "Node.js 18 or later is not installed");
        Path tests = Path.of("src/test/js").toAbsolutePath();
        assertThat(tests).isDirectory();
        Process node = new ProcessBuilder("node", "--test", tests.toString()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(2, TimeUnit.MINUTES)).as("node --test finished").isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
    }

    private static boolean nodeAtLeast18() {
        try {
            Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!version.waitFor(30, TimeUnit.SECONDS) || version.exitValue() != 0 || !text.startsWith("v")) {
                return false;
            }
            return Integer.parseInt(text.substring(1, text.indexOf('.'))) >= 18;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
