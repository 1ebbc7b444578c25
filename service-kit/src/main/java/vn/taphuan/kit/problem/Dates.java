package vn.taphuan.kit.problem;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates inside problem messages, written as the officer reads and types them on every page ({@code 11/05/2025}, in
 * both languages) rather than as the API carries them ({@code 2025-05-11}).
 */
public final class Dates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** {@code 2025-05-11} → {@code 11/05/2025}; nothing for no date. */
    public static String shown(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    private Dates() {
    }
}
