package vn.taphuan.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine a run measured, as the report names it: cores, memory, CPU, OS, JDK, and the commit that ran. */
public record Machine(int cores, long memoryBytes, String cpu, String os, String jdk) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), memTotal(), cpuModel(), osName(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vendor") + ")");
    }

    public String describe() {
        return cores + " cores (" + cpu + "), " + String.format("%.1f GiB", memoryBytes / (1024.0 * 1024 * 1024))
                + " RAM, " + os + ", " + jdk;
    }

    /** The commit of the repository at {@code root}, marked when the work tree has changes not committed. */
    public static String commit(Path root) {
        String head = git(root, "rev-parse", "--short", "HEAD");
        if (head.isEmpty()) {
            return "unknown commit";
        }
        return git(root, "status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + " + uncommitted changes";
    }

    private static String git(Path root, String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-C", root.toString()));
            command.addAll(List.of(args));
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? output : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The one-minute load average ({@code /proc/loadavg}): how busy the machine is with everything running on it. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long memTotal() {
        return procLine("/proc/meminfo", "MemTotal:").map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                .orElse(Runtime.getRuntime().maxMemory());
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name").map(line -> line.substring(line.indexOf(':') + 1).trim())
                .orElse(System.getProperty("os.arch"));
    }

    private static String osName() {
        String name = procLine("/etc/os-release", "PRETTY_NAME=")
                .map(line -> line.substring(line.indexOf('=') + 1).replace("\"", "")).orElse(System.getProperty("os.name"));
        return name + ", kernel " + System.getProperty("os.version");
    }

    private static java.util.Optional<String> procLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
