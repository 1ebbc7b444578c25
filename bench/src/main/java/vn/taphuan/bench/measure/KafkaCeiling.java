package vn.taphuan.bench.measure;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.tools.ProducerPerformance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker's own ceiling: Kafka's producer benchmark ({@code org.apache.kafka.tools.ProducerPerformance}, the tool
 * behind {@code kafka-producer-perf-test.sh}, same version as the broker) against the same broker, acks=all, into a
 * scratch topic that is deleted afterwards. Run in this JVM; its summary line is read from its output.
 *
 * @param recordsPerSecond what the broker took, records of {@code recordSize} bytes per second
 */
public record KafkaCeiling(long records, int recordSize, double recordsPerSecond, double megabytesPerSecond,
                           double avgLatencyMillis, double p99LatencyMillis, String summary, String failure) {

    static final String TOPIC = "bench.ceiling.producer-perf";
    private static final Pattern TOTAL = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency.*?(\\d+) ms 99th");

    public boolean measured() {
        return failure == null;
    }

    public static KafkaCeiling measure(String bootstrapServers, long records, int recordSize) {
        String[] args = {"--topic", TOPIC, "--num-records", String.valueOf(records), "--record-size",
                String.valueOf(recordSize), "--throughput", "-1", "--producer-props",
                "bootstrap.servers=" + bootstrapServers, "acks=all"};
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream console = System.out;
        // the tool prints its results and calls Exit on errors: both are captured rather than ending this JVM
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("ProducerPerformance exited with " + status + (message == null ? "" : ": " + message));
        });
        synchronized (System.class) {
            System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
            try {
                ProducerPerformance.main(args);
            } catch (Exception e) {
                return new KafkaCeiling(records, recordSize, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "",
                        e.getClass().getSimpleName() + ": " + e.getMessage());
            } finally {
                System.setOut(console);
                Exit.resetExitProcedure();
                deleteTopic(bootstrapServers);
            }
        }
        String text = output.toString(StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            Matcher total = TOTAL.matcher(line);
            if (line.contains("50th") && total.find()) {
                return new KafkaCeiling(Long.parseLong(total.group(1)), recordSize, Double.parseDouble(total.group(2)),
                        Double.parseDouble(total.group(3)), Double.parseDouble(total.group(4)),
                        Double.parseDouble(total.group(5)), line.trim(), null);
            }
        }
        return new KafkaCeiling(records, recordSize, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "",
                "no summary in the tool's output: " + text.lines().reduce((a, b) -> b).orElse(""));
    }

    /** The scratch topic takes a gigabyte for a million records: gone once measured. */
    private static void deleteTopic(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.deleteTopics(List.of(TOPIC)).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // a topic left behind costs disk in a data directory that is deleted anyway
        }
    }
}
