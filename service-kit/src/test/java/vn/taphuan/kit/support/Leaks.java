package vn.taphuan.kit.support;

import java.util.EnumSet;
import java.util.Set;

/**
 * Bugs the probe endpoints can be told to have, so a test can show the isolation suite catches each of them. Off
 * unless a test switches one on (and off again); tests of one module run one after another.
 */
public final class Leaks {

    public enum Leak {
        /** reading a probe by id finds any province's */
        READ_ACROSS_PROVINCES,
        /** a write by id changes any province's probe */
        WRITE_ACROSS_PROVINCES,
        /** the progress figures list the probes' titles, which are personal data */
        PERSONAL_DATA_IN_PROGRESS,
        /** reading a probe shows what is kept but must never be shown */
        SECRET_SHOWN
    }

    private static final Set<Leak> ON = EnumSet.noneOf(Leak.class);

    public static synchronized boolean on(Leak leak) {
        return ON.contains(leak);
    }

    public static synchronized void set(Set<Leak> leaks) {
        ON.clear();
        ON.addAll(leaks);
    }

    private Leaks() {
    }
}
