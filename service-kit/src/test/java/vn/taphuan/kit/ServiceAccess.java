package vn.taphuan.kit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import vn.taphuan.contracts.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a service needs to reach, as its configuration and the kit ({@link KitDefaults}) make it: its database, and
 * for each topic it consumes the consumer group and the dead-letter topic — and from that the Kafka rights the
 * platform gives it: WRITE the topics it produces ({@link Topics}) and its dead-letter topics; READ the topics it
 * consumes and its dead-letter topics; READ its groups and the groups that remember replays.
 *
 * @param name              {@code spring.application.name}, also its Kafka and MongoDB user
 * @param database          the database of its {@code spring.mongodb.uri}
 * @param groupByTopic      consumed topic → consumer group
 * @param deadLetterByTopic consumed topic → dead-letter topic
 */
record ServiceAccess(String name, String database, Map<String, String> groupByTopic,
                     Map<String, String> deadLetterByTopic) {

    /** A right: who may do what to which kind of Kafka resource. */
    record Right(String user, String operation, String type) {
    }

    /**
     * The service as its {@code application.yml} (with {@code overrides} on top) and the kit make it, without this
     * machine's environment variables.
     */
    static ServiceAccess fromFile(Path applicationYml, Map<String, Object> overrides) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("overrides", new HashMap<>(overrides)));
        try {
            new YamlPropertySourceLoader().load("application", new FileSystemResource(applicationYml))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new KitDefaults().postProcessEnvironment(environment, new SpringApplication());
        return of(environment);
    }

    /** The service of an environment the kit has completed. */
    static ServiceAccess of(Environment environment) {
        Map<String, String> groups = new TreeMap<>();
        Map<String, String> deadLetters = new TreeMap<>();
        for (String function : environment.getProperty(KitDefaults.FUNCTIONS, "").split(";")) {
            String binding = function.trim() + "-in-0";
            String topic = environment.getProperty("spring.cloud.stream.bindings." + binding + ".destination");
            if (topic != null) {
                groups.put(topic, environment.getProperty("spring.cloud.stream.bindings." + binding + ".group"));
                deadLetters.put(topic, environment.getProperty("spring.cloud.stream.kafka.bindings." + binding
                        + ".consumer.dlq-name"));
            }
        }
        String uri = environment.getProperty("spring.mongodb.uri", "mongodb://localhost/test");
        return new ServiceAccess(environment.getProperty("spring.application.name"),
                URI.create(uri).getPath().substring(1), groups, deadLetters);
    }

    /** {@code plan-service} → {@code PLAN_SERVICE}: the prefix of its password variables. */
    String variable() {
        return name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    Set<String> produced() {
        return Topics.ALL.stream().filter(topic -> topic.producer().equals(name)).map(Topics.Topic::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> deadLetters() {
        return new TreeSet<>(deadLetterByTopic.values());
    }

    /** The Kafka rights the platform gives this service, and none other. */
    Map<Right, Set<String>> kafkaRights() {
        Set<String> write = new TreeSet<>(produced());
        write.addAll(deadLetters());
        Set<String> readTopics = new TreeSet<>(groupByTopic.keySet());
        readTopics.addAll(deadLetters());
        Set<String> readGroups = new TreeSet<>(groupByTopic.values());
        deadLetters().forEach(deadLetter -> readGroups.add(deadLetter + ".replay"));
        Map<Right, Set<String>> rights = new LinkedHashMap<>();
        rights.put(new Right(name, "WRITE", "topic"), write);
        rights.put(new Right(name, "READ", "topic"), readTopics);
        rights.put(new Right(name, "READ", "group"), readGroups);
        return rights;
    }
}
