package vn.taphuan.bench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportTest {

    @Test
    void aNewRunReplacesItsConfigurationsSectionAndKeepsTheOthers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("docs/benchmarks.md");
        MarkdownReport.write(file, "person-turns=20000,label=before", "## before\n\nold table\n");
        MarkdownReport.write(file, "person-turns=100000", "## medium\n\nmedium table\n");
        MarkdownReport.write(file, "person-turns=20000,label=before", "## before\n\nnew table\n");

        String text = Files.readString(file);
        assertThat(text).startsWith("# Benchmarks").contains("new table", "medium table").doesNotContain("old table");
        assertThat(text.indexOf("new table")).isLessThan(text.indexOf("medium table"));
        assertThat(text.split("<!-- bench:person-turns=20000,label=before -->", -1)).hasSize(2);
    }
}
