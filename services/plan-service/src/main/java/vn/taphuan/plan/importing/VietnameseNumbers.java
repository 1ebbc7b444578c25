package vn.taphuan.plan.importing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers, amounts and dates as Vietnamese documents write them: a dot groups thousands ({@code 7.500},
 * {@code 6.889.000.000}), a comma is the decimal mark ({@code 80,6%}), leading zeros are common ({@code 08 hội thảo}),
 * dates read {@code 11/10/2022} or {@code ngày 11 tháng 10 năm 2022}.
 */
final class VietnameseNumbers {

    /**
     * A whole number: grouped by dots, or plain digits. Not part of a fraction (63/63), a date or a decimal; after a
     * word and a slash it is one ("15 lớp/750 học viên").
     */
    static final String COUNT = "(?<![\\d.,])(?<!\\d/)(?<!\\d\\s/)(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d/]|[.,]\\d)";
    /** A number that may have a decimal comma: 80,6 or 1,5. */
    static final String DECIMAL = "(?<![\\d.,])(?<!\\d/)(?<!\\d\\s/)(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?(?![\\d/]|[.,]\\d)";
    /** A date: 11/10/2022, 11-10-2022, 11 tháng 10 năm 2022. */
    static final String DATE = "(?:\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})";

    private static final BigInteger LONGEST = BigInteger.valueOf(Long.MAX_VALUE);
    private static final Pattern DATE_PARTS = Pattern.compile("(\\d{1,2})\\D+?(\\d{1,2})\\D+?(\\d{4})");

    /** A whole number; one too large for a {@code long} reads as {@link Long#MAX_VALUE}, beyond every bound. */
    static long count(String written) {
        return new BigInteger(written.replace(".", "")).min(LONGEST).longValueExact();
    }

    static BigDecimal decimal(String written) {
        return new BigDecimal(written.replace(".", "").replace(',', '.'));
    }

    static Optional<LocalDate> date(String written) {
        Matcher parts = DATE_PARTS.matcher(written);
        if (!parts.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(parts.group(3)), Integer.parseInt(parts.group(2)),
                    Integer.parseInt(parts.group(1))));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /**
     * An amount in whole VND from a number and its unit word ({@code đồng}, {@code triệu đồng}, {@code tỷ đồng}…);
     * empty if it is not a whole number of đồng. One too large for a {@code long} reads as {@link Long#MAX_VALUE},
     * beyond every bound.
     */
    static Optional<Long> vnd(String number, String unit) {
        String u = unit.toLowerCase(java.util.Locale.ROOT);
        BigDecimal scale = u.startsWith("tỷ") || u.startsWith("tỉ") ? BigDecimal.valueOf(1_000_000_000L)
                : u.startsWith("triệu") ? BigDecimal.valueOf(1_000_000L)
                : u.startsWith("nghìn") || u.startsWith("ngàn") ? BigDecimal.valueOf(1_000L) : BigDecimal.ONE;
        BigDecimal amount = decimal(number).multiply(scale);
        if (amount.signum() != 0 && amount.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        return Optional.of(amount.toBigInteger().min(LONGEST).longValueExact());
    }

    private VietnameseNumbers() {
    }
}
