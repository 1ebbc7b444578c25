package vn.taphuan.kit.web;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.support.DefaultFormattingConversionService;
import vn.taphuan.kit.problem.Dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Dates in query parameters and path variables, read as Spring reads them (ISO, or the pattern a
 * {@code @DateTimeFormat} names) and refused when they fall outside {@link Dates#EARLIEST}–{@link Dates#LATEST}: a
 * year {@code -999999999} would otherwise reach a service's period arithmetic and overflow it. The refusal is a
 * type mismatch, which the kit's problem details tell as "must be a date as yyyy-MM-dd from 01/01/1900 to
 * 31/12/2100" naming the parameter.
 */
public final class ParameterDates implements ConditionalGenericConverter {

    /** Spring's own date parsing, without this check. */
    private final DefaultFormattingConversionService parsing = new DefaultFormattingConversionService();

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, LocalDate.class),
                new ConvertiblePair(String.class, LocalDateTime.class),
                new ConvertiblePair(String.class, OffsetDateTime.class),
                new ConvertiblePair(String.class, Instant.class),
                new ConvertiblePair(String.class, YearMonth.class));
    }

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
        return true;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        Object value = parsing.convert(source, sourceType, targetType);
        if (value != null && !inRange(value)) {
            throw new IllegalArgumentException("outside " + Dates.EARLIEST + " .. " + Dates.LATEST);
        }
        return value;
    }

    private static boolean inRange(Object value) {
        try {
            LocalDate day = value instanceof LocalDate date ? date
                    : value instanceof LocalDateTime time ? time.toLocalDate()
                    : value instanceof OffsetDateTime time ? time.toLocalDate()
                    : value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).toLocalDate()
                    : ((YearMonth) value).atDay(1);
            return Dates.inRange(day);
        } catch (java.time.DateTimeException beyondAnyCalendar) {
            return false;
        }
    }
}
