package vn.taphuan.deploycheck;

import org.junit.jupiter.api.Test;
import vn.taphuan.deploycheck.Kustomize.Yaml;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.deploycheck.Repository.at;
import static vn.taphuan.deploycheck.Repository.container;
import static vn.taphuan.deploycheck.Repository.env;
import static vn.taphuan.deploycheck.Repository.name;
import static vn.taphuan.deploycheck.Repository.ofKind;

/**
 * The Jobs that make users and rights (and compose's containers that run the same scripts) against their scripts in
 * k8s/base/access: every variable a Job sets is one its script reads, every one the script cannot run without is
 * set (from the ConfigMap or the Job), and each service's password variable is there under the name the script
 * derives from the user lists.
 */
class AccessJobsTest {

    private static final Path ACCESS = Repository.K8S.resolve("base/access");
    private static final Pattern BASH_REQUIRED = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):\\?");
    private static final Pattern JS_REQUIRED = Pattern.compile("env\\('([A-Z][A-Z0-9_]*)'\\)");

    @Test
    void everyJobSetsWhatItsScriptReadsAndNothingElse() {
        Repository.renderings().forEach((rendering, objects) -> {
            Map<String, Object> shared = Yaml.map(at(Repository.named(objects, "ConfigMap", "taphuan-config"), "data"));
            for (Map<String, Object> job : ofKind(objects, "Job")) {
                Map<String, Object> container = container(job);
                Script script = Script.of(Yaml.list(container.get("command")));
                Set<String> own = env(container).keySet();
                Set<String> all = new TreeSet<>(own);
                if (Repository.envFromConfigMaps(container).contains("taphuan-config")) {
                    all.addAll(shared.keySet());
                }
                String where = rendering + ": Job " + name(job);
                own.forEach(variable -> assertThat(script.reads(variable)).as("%s sets %s, which %s does not read", where,
                        variable, script.file.getFileName()).isTrue());
                assertThat(all).as("%s: what %s cannot run without", where, script.file.getFileName())
                        .containsAll(script.required);
            }
        });
    }

    @Test
    void composeRunsTheScriptsWithWhatTheyNeed() {
        Map<String, Object> containers = Yaml.map(Yaml.map(Yaml.documents(Repository.ROOT.resolve("docker-compose.yml")).get(0)).get("services"));
        for (String name : List.of("kafka-access", "mongo-users")) {
            Map<String, Object> container = Yaml.map(containers.get(name));
            Script script = Script.of(Yaml.list(container.get("command")));
            Map<String, Object> environment = new LinkedHashMap<>(Yaml.map(container.get("environment")));
            environment.keySet().forEach(variable -> assertThat(script.reads(variable))
                    .as("compose %s sets %s, which its script does not read", name, variable).isTrue());
            assertThat(environment.keySet()).as("compose %s", name).containsAll(script.required);
        }
    }

    /** One of the access scripts, with the variables it reads by name and those it derives from the user lists. */
    private record Script(Path file, String text, Set<String> required, Set<String> derived) {

        static Script of(List<Object> command) {
            String path = command.stream().map(String::valueOf).filter(part -> part.startsWith("/etc/taphuan/access/"))
                    .findFirst().orElseThrow(() -> new AssertionError("no access script in " + command));
            Path file = ACCESS.resolve(path.substring("/etc/taphuan/access/".length()));
            String text = Repository.read(file);
            Set<String> required = new TreeSet<>();
            Matcher matcher = (file.toString().endsWith(".js") ? JS_REQUIRED : BASH_REQUIRED).matcher(text);
            while (matcher.find()) {
                required.add(matcher.group(1));
            }
            Set<String> derived = new TreeSet<>();
            // the scripts name each service's password <USER>_KAFKA_PASSWORD or <USER>_MONGODB_PASSWORD
            String list = file.toString().endsWith(".js") ? "mongo-users.txt" : "kafka-acls.txt";
            String suffix = file.toString().endsWith(".js") ? "_MONGODB_PASSWORD" : "_KAFKA_PASSWORD";
            assertThat(text).contains(suffix);
            Repository.entries(ACCESS.resolve(list)).forEach(line -> derived.add(line[0].toUpperCase().replace('-', '_') + suffix));
            required.addAll(derived);
            return new Script(file, text, required, derived);
        }

        boolean reads(String variable) {
            return derived.contains(variable) || Pattern.compile("\\b" + variable + "\\b").matcher(text).find();
        }
    }
}
