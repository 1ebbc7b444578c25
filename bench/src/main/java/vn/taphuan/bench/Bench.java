package vn.taphuan.bench;

import vn.taphuan.bench.report.MarkdownReport;
import vn.taphuan.bench.report.Results;
import vn.taphuan.bench.report.RunReport;

import java.nio.file.Path;

/**
 * {@code ./bench.sh}: runs the benchmark, prints the table, writes it to {@code docs/benchmarks.md}. Exits with 2
 * when an exact total differs, 1 when the run could not be carried out.
 */
public final class Bench {

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("taphuan.root", ".")).toAbsolutePath().normalize();
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, root);
        } catch (IllegalArgumentException e) {
            boolean help = e.getMessage().equals(BenchOptions.USAGE);
            (help ? System.out : System.err).println(e.getMessage());
            System.exit(help ? 0 : 64);
            return;
        }
        try {
            Results results = BenchRun.run(options, root);
            System.out.println(RunReport.console(results));
            if (options.out() != null) {
                MarkdownReport.write(options.out(), options.key(), RunReport.markdown(results));
                System.out.println("Written to " + root.relativize(options.out().toAbsolutePath()));
            }
            boolean exact = results.totals().stream().allMatch(check -> check.exact());
            System.exit(exact ? 0 : 2);
        } catch (Exception e) {
            System.err.println("The benchmark could not be carried out: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private Bench() {
    }
}
