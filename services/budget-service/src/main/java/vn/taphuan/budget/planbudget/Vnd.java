package vn.taphuan.budget.planbudget;

/** Whole-VND amounts as people write them: {@code 6.889.000.000 đồng} in Vietnamese, {@code 6,889,000,000 VND} in English. */
final class Vnd {

    static String vi(long amount) {
        return group(amount, '.') + " đồng";
    }

    static String en(long amount) {
        return group(amount, ',') + " VND";
    }

    private static String group(long amount, char separator) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(separator);
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + grouped;
    }

    private Vnd() {
    }
}
