package vn.taphuan.kit.refusal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The words of every {@link Reason}, in Vietnamese and English: each module's {@code messages_vi.properties} and
 * {@code messages_en.properties} (UTF-8) on the class path, merged — the kit's shared reasons and titles, the
 * service's own. A message names the reason's components in braces ({@code {estimate}}); each is written as the
 * pages write it: counts grouped ({@code 1.250} / {@code 1,250}), {@link Money} with its unit, dates as
 * {@code dd/MM/yyyy} in both languages, {@link Labelled} values by their label, other enums by their code, a nested
 * reason by its own message, collections joined by commas.
 */
public final class Catalogue {

    public enum Language {
        VI("vi"), EN("en");

        final String suffix;

        Language(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final class Shared {
        static final Catalogue INSTANCE = load(Catalogue.class.getClassLoader());
    }

    private final Map<Language, Map<String, String>> messages;

    Catalogue(Map<Language, Map<String, String>> messages) {
        this.messages = messages;
    }

    /** The catalogue of everything on the class path, read once. */
    public static Catalogue shared() {
        return Shared.INSTANCE;
    }

    /** Reads every {@code messages_vi/en.properties} the loader sees; a key defined twice is a mistake and refused. */
    public static Catalogue load(ClassLoader loader) {
        Map<Language, Map<String, String>> all = new HashMap<>();
        for (Language language : Language.values()) {
            Map<String, String> merged = new HashMap<>();
            Map<String, URL> definedIn = new HashMap<>();
            try {
                Enumeration<URL> files = loader.getResources(fileName(language));
                while (files.hasMoreElements()) {
                    URL file = files.nextElement();
                    read(file).forEach((key, text) -> {
                        URL earlier = definedIn.putIfAbsent(key, file);
                        if (earlier != null && !earlier.equals(file)) {
                            throw new IllegalStateException("message " + key + " is defined in " + earlier + " and " + file);
                        }
                        merged.put(key, text);
                    });
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all.put(language, Map.copyOf(merged));
        }
        return new Catalogue(Map.copyOf(all));
    }

    static String fileName(Language language) {
        return "messages_" + language.suffix + ".properties";
    }

    /** The keys and texts of one catalogue file, in the file's order. */
    static Map<String, String> read(URL file) {
        Properties properties = new Properties();
        try (InputStream in = file.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    /** The message of {@code reason} in {@code language}, its arguments filled in. */
    public String render(Reason reason, Language language) {
        String template = text(reason.code(), language);
        if (template == null) {
            throw new IllegalStateException("no " + language + " message for " + reason.code());
        }
        return fill(template, arguments(reason), language);
    }

    /** The text under {@code key}, or {@code null}: e.g. a problem's title ({@code title.already-recorded}). */
    public String text(String key, Language language) {
        return messages.get(language).get(key);
    }

    Map<String, String> all(Language language) {
        return messages.get(language);
    }

    static Map<String, Object> arguments(Reason reason) {
        Map<String, Object> arguments = new HashMap<>();
        RecordComponent[] components = reason.getClass().getRecordComponents();
        if (components == null) {
            return arguments;
        }
        for (RecordComponent component : components) {
            try {
                component.getAccessor().setAccessible(true);
                arguments.put(component.getName(), component.getAccessor().invoke(reason));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + reason.code(), e);
            }
        }
        return arguments;
    }

    private String fill(String template, Map<String, Object> arguments, Language language) {
        StringBuilder text = new StringBuilder(template.length() + 32);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                text.append(template, at, template.length());
                break;
            }
            String name = template.substring(open + 1, close);
            if (!arguments.containsKey(name)) {
                throw new IllegalStateException("the message " + template + " names {" + name + "}, which is not an argument");
            }
            text.append(template, at, open).append(format(arguments.get(name), language));
            at = close + 1;
        }
        return text.toString();
    }

    String format(Object value, Language language) {
        if (value == null) {
            return "";
        }
        if (value instanceof Reason nested) {
            return render(nested, language);
        }
        if (value instanceof Money money) {
            return language == Language.VI ? group(money.vnd(), '.') + " đồng" : group(money.vnd(), ',') + " VND";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return group(((Number) value).longValue(), language == Language.VI ? '.' : ',');
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return decimal(new BigDecimal(value.toString()), language);
        }
        if (value instanceof LocalDate date) {
            return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
        if (value instanceof Labelled labelled) {
            return language == Language.VI ? labelled.labelVi() : labelled.labelEn();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> format(v, language)).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    static String group(long amount, char separator) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(separator);
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + grouped;
    }

    private static String decimal(BigDecimal value, Language language) {
        BigDecimal plain = value.stripTrailingZeros();
        String whole = group(plain.abs().toBigInteger().longValueExact(), language == Language.VI ? '.' : ',');
        String sign = plain.signum() < 0 ? "-" : "";
        if (plain.scale() <= 0) {
            return sign + whole;
        }
        String fraction = plain.abs().toPlainString();
        fraction = fraction.substring(fraction.indexOf('.') + 1);
        return sign + whole + (language == Language.VI ? ',' : '.') + fraction;
    }
}
