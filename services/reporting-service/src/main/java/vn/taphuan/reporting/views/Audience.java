package vn.taphuan.reporting.views;

import java.util.Set;

/**
 * Which programmes a reader of the progress views sees: every one (a province, the platform, an analyst of the whole
 * platform), or those its ministry owns (an analyst of one ministry).
 *
 * @param ministry   the ministry's code, or null
 * @param programmes the programmes it owns, or null for every programme
 */
public record Audience(String ministry, Set<String> programmes) {

    public static final Audience EVERYONE = new Audience(null, null);

    public Audience {
        programmes = programmes == null ? null : Set.copyOf(programmes);
    }

    public boolean sees(String programmeCode) {
        return programmes == null || programmes.contains(programmeCode);
    }

    public boolean isEveryone() {
        return programmes == null;
    }
}
