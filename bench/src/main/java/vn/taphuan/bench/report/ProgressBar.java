package vn.taphuan.bench.report;

import java.util.function.Supplier;

/**
 * The console's progress line: redrawn every second on a terminal, printed every 15 seconds otherwise (a log file
 * should not fill with carriage returns).
 */
public final class ProgressBar implements AutoCloseable {

    private final Supplier<String> status;
    private final boolean terminal = System.console() != null;
    private final Thread thread;
    private volatile boolean running = true;
    private int lastLength;

    public ProgressBar(Supplier<String> status) {
        this.status = status;
        this.thread = new Thread(this::draw, "progress-bar");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void draw() {
        while (running) {
            try {
                Thread.sleep(terminal ? 1_000 : 15_000);
            } catch (InterruptedException e) {
                return;
            }
            print(status.get());
        }
    }

    private synchronized void print(String line) {
        if (terminal) {
            String padded = line.length() < lastLength ? line + " ".repeat(lastLength - line.length()) : line;
            System.out.print("\r" + padded);
            System.out.flush();
            lastLength = line.length();
        } else {
            System.out.println(line);
        }
    }

    /** A message on its own line, not mixed into the progress line. */
    public synchronized void message(String text) {
        if (terminal && lastLength > 0) {
            System.out.print("\r" + " ".repeat(lastLength) + "\r");
            lastLength = 0;
        }
        System.out.println(text);
    }

    /** Draws a bar of {@code width} cells for a fraction between 0 and 1. */
    public static String bar(double fraction, int width) {
        int full = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
        return "[" + "#".repeat(full) + "-".repeat(width - full) + "]";
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        synchronized (this) {
            if (terminal && lastLength > 0) {
                System.out.println();
                lastLength = 0;
            }
        }
    }
}
