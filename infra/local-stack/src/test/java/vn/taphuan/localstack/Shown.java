package vn.taphuan.localstack;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the dashboards write numbers in Vietnamese: 7.500 — 6.889.000.000 ₫ — 80,6 % — 15/03/2023. */
final class Shown {

    static String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + grouped;
    }

    static String number(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? "—" : number(value.asLong());
    }

    static String money(long value) {
        return number(value) + " ₫";
    }

    static String money(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? "—" : money(value.asLong());
    }

    /** One decimal with a decimal comma, then " %". */
    static String percent(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "—";
        }
        BigDecimal rounded = value.decimalValue().setScale(1, RoundingMode.HALF_EVEN);
        String[] parts = rounded.toPlainString().split("\\.");
        return number(Long.parseLong(parts[0])) + "," + parts[1] + " %";
    }

    /** "achieved / target", as the key figures write it. */
    static String of(JsonNode achieved, JsonNode target) {
        return number(achieved) + " / " + number(target);
    }

    /** What a progress bar writes: "achieved / target", or what was achieved alone where no target is set. */
    static String bar(JsonNode achieved, JsonNode target) {
        return target != null && target.asLong() > 0 ? of(achieved, target) : number(achieved);
    }

    private Shown() {
    }
}
