package vn.taphuan.reporting.progress;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ministries that own programmes, by the code a ministry analyst's token names ({@code ministry} claim), e.g. the
 * Ministry of Agriculture and Environment owning new rural development and the merged programme of 2026–2035. A
 * programme has one owner.
 */
public final class Ministries {

    /**
     * @param code       e.g. {@code BNNMT}
     * @param name       e.g. {@code Bộ Nông nghiệp và Môi trường}
     * @param programmes codes of the programmes it owns
     */
    public record Ministry(String code, String name, Set<String> programmes) {
        public Ministry {
            programmes = Set.copyOf(programmes);
        }
    }

    private final Map<String, Ministry> byCode = new TreeMap<>();
    private final Map<String, String> owners = new HashMap<>();

    public Ministries(Collection<Ministry> ministries) {
        for (Ministry ministry : ministries) {
            byCode.put(ministry.code(), ministry);
            for (String programme : ministry.programmes()) {
                String other = owners.putIfAbsent(programme, ministry.code());
                if (other != null) {
                    throw new IllegalArgumentException("programme " + programme + " is owned by both " + other
                            + " and " + ministry.code());
                }
            }
        }
    }

    /** The ministry owning a programme, or null. */
    public String ownerOf(String programme) {
        return owners.get(programme);
    }

    public Optional<Ministry> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public List<Ministry> all() {
        return List.copyOf(byCode.values());
    }
}
