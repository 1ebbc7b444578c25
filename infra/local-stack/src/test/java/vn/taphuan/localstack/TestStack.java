package vn.taphuan.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole platform, started once per test JVM exactly as {@code ./run-local.sh} starts it — real KRaft broker,
 * file-backed Mongo wire server, token issuer, the four service jars as child JVMs, the demo data — but on free
 * ports and in a fresh data directory, so it never collides with a stack a developer is running. Every end-to-end
 * test shares it.
 */
public final class TestStack {

    private static LocalStack stack;
    private static Path dataDir;
    private static IllegalStateException failedStart;

    public static synchronized LocalStack get() {
        if (failedStart != null) {
            throw failedStart; // one failed start is reported once per test, not retried by each
        }
        if (stack == null) {
            try {
                dataDir = Files.createTempDirectory("taphuan-e2e-");
                stack = LocalStack.start(LocalStack.Settings.forTest(root(), dataDir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                failedStart = new IllegalStateException("the local stack did not start; logs in "
                        + dataDir.resolve("logs"), e);
                throw failedStart;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestStack::stopAndClean, "test-stack-stop"));
        }
        return stack;
    }

    /** Stops the shared stack (it starts again, on the same data, at the next {@link #get()}). */
    public static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    /** At the end of the test JVM: stops the stack and removes its data, unless it failed to start (keep the logs). */
    private static synchronized void stopAndClean() {
        stop();
        if (failedStart == null && dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                System.err.println("could not remove " + dataDir + ": " + e);
            }
        }
    }

    /** Starts the stack again on the data the first start left, as a second {@code ./run-local.sh} would. */
    public static synchronized LocalStack restart() throws Exception {
        stop();
        LocalStack.Settings fresh = LocalStack.Settings.forTest(root(), dataDir);
        stack = LocalStack.start(fresh);
        return stack;
    }

    public static Path dataDir() {
        return dataDir;
    }

    /** The repository root: the tests run in {@code infra/local-stack}. */
    static Path root() {
        return Path.of("..", "..").toAbsolutePath().normalize();
    }

    private TestStack() {
    }
}
