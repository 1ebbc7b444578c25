package vn.taphuan.kit.refusal;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URL;
import java.security.CodeSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a module's reasons against its catalogue, for a test: every reason (every record reachable from the given
 * sealed interfaces or records) renders in both languages with every argument it names; no two reasons share a code;
 * both files hold the same keys; and no key of the module's own files is unused — a message no reason has is a
 * leftover. Titles of problems ({@code title.*}) are checked for both languages only.
 */
public final class CatalogueCheck {

    private static final LocalDate SAMPLE_DAY = LocalDate.of(2025, 12, 31);

    private CatalogueCheck() {
    }

    /**
     * The problems found, none when all is well.
     *
     * @param anchor a class of the module whose catalogue files are checked for unused keys
     * @param roots  the module's sealed reason interfaces (or single reason records)
     */
    public static List<String> problems(Class<?> anchor, Class<?>... roots) {
        List<String> problems = new ArrayList<>();
        Catalogue catalogue = Catalogue.load(anchor.getClassLoader());
        Map<String, Class<?>> byCode = new LinkedHashMap<>();
        for (Class<?> root : roots) {
            for (Class<?> type : reasons(root)) {
                String code = Reason.codeOf(type);
                Class<?> earlier = byCode.putIfAbsent(code, type);
                if (earlier != null && earlier != type) {
                    problems.add("two reasons have the code " + code + ": " + earlier.getName() + " and " + type.getName());
                }
            }
        }
        for (Map.Entry<String, Class<?>> entry : byCode.entrySet()) {
            for (RecordComponent component : entry.getValue().getRecordComponents()) {
                if (component.getName().equals("code")) {
                    // its accessor would stand in for Reason.code(): the reason's key would be its argument's value
                    problems.add(entry.getValue().getName() + " has a component named code, which hides the reason's own code");
                }
            }
            Reason sample;
            try {
                sample = (Reason) sample(entry.getValue());
            } catch (RuntimeException e) {
                problems.add("cannot make a sample of " + entry.getValue().getName() + ": " + e);
                continue;
            }
            for (Catalogue.Language language : Catalogue.Language.values()) {
                try {
                    String text = catalogue.render(sample, language);
                    if (text.isBlank()) {
                        problems.add("the " + language + " message of " + entry.getKey() + " is empty");
                    }
                } catch (IllegalStateException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        Map<Catalogue.Language, Set<String>> own = new LinkedHashMap<>();
        for (Catalogue.Language language : Catalogue.Language.values()) {
            own.put(language, ownKeys(anchor, language));
        }
        Set<String> vi = own.get(Catalogue.Language.VI);
        Set<String> en = own.get(Catalogue.Language.EN);
        for (String key : vi) {
            if (!en.contains(key)) {
                problems.add("message " + key + " is in Vietnamese only");
            }
        }
        for (String key : en) {
            if (!vi.contains(key)) {
                problems.add("message " + key + " is in English only");
            }
        }
        for (String key : new TreeSet<>(vi)) {
            if (!key.startsWith("title.") && !byCode.containsKey(key)) {
                problems.add("message " + key + " is used by no reason");
            }
        }
        return problems;
    }

    /** The keys of the catalogue file of {@code anchor}'s module (the one in the same jar or classes folder). */
    static Set<String> ownKeys(Class<?> anchor, Catalogue.Language language) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        String location = source == null ? "" : source.getLocation().toString();
        Set<String> keys = new LinkedHashSet<>();
        try {
            var files = anchor.getClassLoader().getResources(Catalogue.fileName(language));
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                String path = file.toString();
                if (path.startsWith(location) || path.startsWith("jar:" + location)) {
                    keys.addAll(Catalogue.read(file).keySet());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return keys;
    }

    /** The reason records reachable from {@code root} through sealed interfaces. */
    static Set<Class<?>> reasons(Class<?> root) {
        Set<Class<?>> found = new LinkedHashSet<>();
        collect(root, found);
        return found;
    }

    private static void collect(Class<?> type, Set<Class<?>> found) {
        if (type.isRecord() && Reason.class.isAssignableFrom(type)) {
            found.add(type);
        }
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted != null) {
            for (Class<?> sub : permitted) {
                collect(sub, found);
            }
        }
    }

    /** A value of {@code type} with an ordinary value in each component, to render its messages with. */
    static Object sample(Class<?> type) {
        if (type == String.class) {
            return "X";
        }
        if (type == long.class || type == Long.class) {
            return 1250L;
        }
        if (type == int.class || type == Integer.class) {
            return 12;
        }
        if (type == short.class || type == Short.class) {
            return (short) 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == double.class || type == Double.class) {
            return 1.5;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("1.5");
        }
        if (type == LocalDate.class) {
            return SAMPLE_DAY;
        }
        if (type == java.time.Year.class) {
            return java.time.Year.of(2025);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return List.of();
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = sample(types[i]);
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot construct " + type.getName(), e);
            }
        }
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                if (sub.isRecord() || sub.isEnum()) {
                    return sample(sub);
                }
            }
        }
        return null;
    }
}
