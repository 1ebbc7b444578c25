package vn.taphuan.enrolment.participant;

import java.util.Optional;

/**
 * A national ID number as written on a sheet: CCCD (12 digits) or the old CMND (9 digits). Spreadsheets turn
 * numbers into numerals and drop the leading zero every CCCD starts with (the province code 001–096), so an
 * 11-digit or 8-digit number gets it back.
 */
public final class NationalId {

    /** Digits of a valid number, or empty when {@code raw} is not one. */
    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.replace(" ", "").replace(".", "").replace("-", "");
        if (!digits.matches("\\d+")) {
            return Optional.empty();
        }
        if (digits.length() == 11 || digits.length() == 8) {
            digits = "0" + digits;
        }
        return digits.length() == 12 || digits.length() == 9 ? Optional.of(digits) : Optional.empty();
    }

    /** The last four digits, so an officer can tell namesakes apart without the number being kept. */
    public static String tail(String digits) {
        return "…" + digits.substring(digits.length() - 4);
    }

    private NationalId() {
    }
}
