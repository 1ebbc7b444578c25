package vn.taphuan.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages work with no internet: nothing they load names another host (every script, style, font and chart comes
 * from the platform), and every module a page imports is there.
 */
class StaticPagesTest {

    private static final Pattern ABSOLUTE_URL = Pattern.compile("https?://[^\\s\"'`)]+");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*(?:import|export)\\s[^;]*?from\\s+'([^']+)'");

    @Test
    void nothingIsLoadedFromAnotherHost() throws Exception {
        for (Path file : files()) {
            Matcher url = ABSOLUTE_URL.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (url.find()) {
                assertThat(url.group()).as(file.toString()).isEqualTo("http://www.w3.org/2000/svg");
            }
        }
    }

    @Test
    void everyImportedModuleExists() throws Exception {
        for (Path file : files()) {
            if (!file.toString().endsWith(".js")) {
                continue;
            }
            Matcher imported = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (imported.find()) {
                String target = imported.group(1);
                if (target.contains("/webjars/")) {
                    continue; // served from the ECharts WebJar, checked by the browser tests
                }
                assertThat(file.getParent().resolve(target).normalize()).as(file + " imports " + target).exists();
            }
        }
    }

    private static List<Path> files() throws IOException, URISyntaxException {
        Path root = Path.of(StaticPagesTest.class.getResource("/META-INF/resources/index.html").toURI()).getParent();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(html|js|css|svg)$"))
                    .toList();
        }
    }
}
