package vn.taphuan.enrolment.reference;

import vn.taphuan.enrolment.Text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The official code list of ethnic groups, read from {@code reference/ethnic-groups.csv} (data, not code). Finds a
 * group by its code ("08", "8") or by any spelling seen on attendance sheets ("Mông", "H'Mông", "HMONG").
 */
public final class EthnicGroups {

    private static final String RESOURCE = "reference/ethnic-groups.csv";

    private final List<EthnicGroup> all;
    private final Map<String, EthnicGroup> byCode = new HashMap<>();
    private final Map<String, EthnicGroup> byName = new HashMap<>();

    private EthnicGroups(List<EthnicGroup> all, Map<String, List<String>> aliases) {
        this.all = List.copyOf(all);
        for (EthnicGroup group : all) {
            byCode.put(group.code(), group);
            byName.put(Text.key(group.name()), group);
            aliases.getOrDefault(group.code(), List.of()).forEach(alias -> byName.put(Text.key(alias), group));
        }
    }

    public static EthnicGroups load() {
        try (InputStream in = EthnicGroups.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath:" + RESOURCE);
            }
            List<EthnicGroup> groups = new ArrayList<>();
            Map<String, List<String>> aliases = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(";", -1);
                groups.add(new EthnicGroup(parts[0].trim(), parts[1].trim()));
                List<String> names = new ArrayList<>();
                if (parts.length > 2 && !parts[2].isBlank()) {
                    for (String alias : parts[2].split("\\|")) {
                        names.add(alias.trim());
                    }
                }
                aliases.put(parts[0].trim(), names);
            }
            if (groups.size() != 54 || groups.stream().filter(EthnicGroup::minority).count() != 53) {
                throw new IllegalStateException(RESOURCE + " must list the 54 ethnic groups, found " + groups.size());
            }
            return new EthnicGroups(groups, aliases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<EthnicGroup> all() {
        return all;
    }

    public Optional<EthnicGroup> byCode(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** By code (with or without the leading zero) or by name in any usual spelling. */
    public Optional<EthnicGroup> find(String codeOrName) {
        String cleaned = Text.clean(codeOrName);
        if (cleaned == null) {
            return Optional.empty();
        }
        if (cleaned.matches("\\d{1,2}")) {
            return byCode(cleaned.length() == 1 ? "0" + cleaned : cleaned);
        }
        return Optional.ofNullable(byName.get(Text.key(cleaned)));
    }
}
