package vn.taphuan.bench.measure;

import vn.taphuan.bench.load.ApiClient;
import vn.taphuan.bench.load.Tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of each service JVM, every few seconds for the peaks and once more at the end: resident memory from
 * {@code /proc/<pid>/status} (VmRSS) and heap used from the service's actuator ({@code jvm.memory.used}, area heap,
 * asked with the platform administrator's token), or from {@code jcmd <pid> GC.heap_info} where the actuator does
 * not answer.
 */
public final class MemorySampler implements AutoCloseable {

    private static final Duration CALL = Duration.ofSeconds(10);
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final Map<String, ProcessHandle> processes;
    private final Map<String, String> baseUrls;
    private final ApiClient api;
    private final Tokens tokens;
    private final Map<String, Memory> memory = new LinkedHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** One service's memory, in bytes (-1 when unknown). */
    public record Memory(String service, long rss, long heapUsed, long peakRss, long peakHeapUsed, String heapSource) {

        Memory with(long newRss, long newHeap, String source) {
            return new Memory(service, newRss, newHeap, Math.max(peakRss, newRss), Math.max(peakHeapUsed, newHeap),
                    newHeap >= 0 ? source : heapSource);
        }
    }

    public MemorySampler(Map<String, ProcessHandle> processes, Map<String, String> baseUrls, ApiClient api,
                         Tokens tokens, Duration every) {
        this.processes = processes;
        this.baseUrls = baseUrls;
        this.api = api;
        this.tokens = tokens;
        processes.keySet().forEach(name -> memory.put(name, new Memory(name, -1, -1, -1, -1, "")));
        this.thread = new Thread(() -> {
            while (running) {
                sample(false);
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-sampler");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** One more sample now, falling back to jcmd for the heap; the figures as they end. */
    public List<Memory> finish() {
        close();
        sample(true);
        synchronized (memory) {
            return new ArrayList<>(memory.values());
        }
    }

    private void sample(boolean allowJcmd) {
        processes.forEach((name, process) -> {
            if (!process.isAlive()) {
                return;
            }
            long rss = rss(process.pid());
            boolean self = process.pid() == ProcessHandle.current().pid();
            long heap = self ? Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()
                    : actuatorHeap(baseUrls.get(name));
            String source = self ? "runtime" : "actuator";
            if (heap < 0 && allowJcmd) {
                heap = jcmdHeap(process.pid());
                source = "jcmd";
            }
            long heapUsed = heap;
            String heapSource = source;
            synchronized (memory) {
                memory.computeIfPresent(name, (n, m) -> m.with(rss, heapUsed, heapSource));
            }
        });
    }

    /** VmRSS of a process, in bytes. */
    public static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private long actuatorHeap(String baseUrl) {
        if (baseUrl == null) {
            return -1;
        }
        ApiClient.Answer answer = api.get(baseUrl + "/actuator/metrics/jvm.memory.used?tag=area:heap",
                tokens.platformAdmin(), CALL);
        if (!answer.ok()) {
            return -1;
        }
        return (long) answer.body().at("/measurements/0/value").asDouble(-1);
    }

    /** The heap's "used" figures of {@code GC.heap_info}, summed over the generations (metaspace left out). */
    static long jcmdHeap(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jcmd.waitFor(30, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                return -1;
            }
            return heapUsed(output);
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static long heapUsed(String heapInfo) {
        long used = 0;
        boolean found = false;
        for (String line : heapInfo.split("\n")) {
            if (line.contains("Metaspace") || line.contains("class space")) {
                continue;
            }
            Matcher matcher = USED.matcher(line);
            if (matcher.find()) {
                used += Long.parseLong(matcher.group(1)) * 1024;
                found = true;
            }
        }
        return found ? used : -1;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
