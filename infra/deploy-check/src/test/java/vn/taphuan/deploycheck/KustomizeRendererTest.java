package vn.taphuan.deploycheck;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The renderer the other checks rely on gives what {@code kubectl kustomize} gives, on every directory they check.
 * Runs where a kubectl with Kustomize 5 is on the PATH and is skipped elsewhere: a fresh machine has none (Debian's
 * kubectl is 1.20, without components), which is why the renderer exists.
 */
class KustomizeRendererTest {

    @Test
    void rendersAsKubectlKustomizeDoes() throws Exception {
        assumeTrue(kubectlWithComponents(), "no kubectl with Kustomize 5 on this machine");
        List<Path> directories = new ArrayList<>(Repository.overlays());
        directories.add(Repository.K8S.resolve("base"));
        for (Path directory : directories) {
            Process process = new ProcessBuilder("kubectl", "kustomize", directory.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            Set<Object> expected = new HashSet<>();
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(output)) {
                expected.add(canonical(document));
            }
            Set<Object> rendered = new HashSet<>();
            Kustomize.render(directory).forEach(object -> rendered.add(canonical(object)));
            assertThat(rendered).as("%s rendered as kubectl kustomize does", Repository.K8S.relativize(directory))
                    .isEqualTo(expected);
        }
    }

    /** Maps sorted by key, and lists of named items by name: Kustomize puts a patch's new items first, we last. */
    private static Object canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), canonical(item)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.stream().map(KustomizeRendererTest::canonical).toList());
            if (items.stream().allMatch(item -> item instanceof Map<?, ?> map && map.get("name") != null)) {
                items.sort(Comparator.comparing(item -> String.valueOf(((Map<?, ?>) item).get("name"))));
            }
            return items;
        }
        return value;
    }

    private static boolean kubectlWithComponents() {
        try {
            Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && output.contains("Kustomize Version: v5");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
