package ru.opora.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one way Opora writes numbers and dates, so that a page, its Excel export, a DOCX and an API
 * text agree: rounding half up (31,25 → 31,3), a decimal comma and non-breaking spaces between
 * thousands, dates as ДД.ММ.ГГГГ, times in the region's zone (the JVM's default zone, which the
 * platform sets from {@code opora.time-zone} before anything starts). Templates reach it as
 * {@code #fmt}. Excel cells get the rounded number, never text.
 */
public final class Formats {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final char GROUP = '\u00a0';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    /** For templates, which call these through an instance ({@code #fmt}). */
    public Formats() {}

    /** Rounded half up to {@code decimals} places: the value a page shows and an export stores. */
    public static double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return value;
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    public static @Nullable Double round(@Nullable Double value, int decimals) {
        return value == null ? null : round(value.doubleValue(), decimals);
    }

    /** «31,3»: rounded half up to exactly {@code decimals} places; «—» for no value. */
    public static String number(@Nullable Number value, int decimals) {
        if (value == null || Double.isNaN(value.doubleValue())) return "—";
        var format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value instanceof BigDecimal b ? b : BigDecimal.valueOf(value.doubleValue()));
    }

    /** «0,25», «1», «7,5»: rounded half up to at most {@code decimals} places, without trailing zeros. */
    public static String upTo(@Nullable Number value, int decimals) {
        if (value == null || Double.isNaN(value.doubleValue())) return "—";
        var format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals), symbols());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value instanceof BigDecimal b ? b : BigDecimal.valueOf(value.doubleValue()));
    }

    /** «31,3 %». */
    public static String percent(@Nullable Number value, int decimals) {
        return value == null ? "—" : number(value, decimals) + "\u00a0%";
    }

    /** «2 406». */
    public static String integer(long value) {
        return number(value, 0);
    }

    /** A number without needless zeros: «100 000», «7,5». */
    public static String plain(Object value) {
        if (!(value instanceof Number n)) return String.valueOf(value);
        var format = new DecimalFormat("#,##0.##########", symbols());
        return format.format(n instanceof BigDecimal b ? b : BigDecimal.valueOf(n.doubleValue()));
    }

    /** A number as a form field holds it, to be read back: «7,5», «100000» (no grouping). */
    public static String editable(@Nullable Number value) {
        if (value == null) return "";
        var format = new DecimalFormat("0.##########", symbols());
        return format.format(value instanceof BigDecimal b ? b : BigDecimal.valueOf(value.doubleValue()));
    }

    /** The Russian word form for a count: 1 строка, 2 строки, 5 строк, 21 строка, 11 строк. */
    public static String plural(long count, String one, String few, String many) {
        long n = Math.abs(count) % 100;
        if (n >= 11 && n <= 14) return many;
        return switch ((int) (n % 10)) {
            case 1 -> one;
            case 2, 3, 4 -> few;
            default -> many;
        };
    }

    /**
     * «25.11.2026»: a date, or the day a moment (an {@link Instant}, an offset or zoned time) fell on
     * in the region.
     */
    public static String date(@Nullable TemporalAccessor date) {
        return date == null ? "" : DATE.format(local(date));
    }

    /** A moment as the region's clock showed it: «25.11.2026 14:03». */
    public static String dateTime(@Nullable TemporalAccessor at) {
        return at == null ? "" : DATE_TIME.format(local(at));
    }

    public static String dateTimeSeconds(@Nullable TemporalAccessor at) {
        return at == null ? "" : DATE_TIME_SECONDS.format(local(at));
    }

    /** A moment in the region's zone, as an Excel cell holds it. */
    public static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, zone());
    }

    /** Dates and local times as they are; moments moved to the region's zone. */
    private static TemporalAccessor local(TemporalAccessor t) {
        if (t instanceof Instant i) return local(i);
        if (t instanceof OffsetDateTime o) return local(o.toInstant());
        if (t instanceof ZonedDateTime z) return local(z.toInstant());
        return t;
    }

    public static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    private static DecimalFormatSymbols symbols() {
        var symbols = DecimalFormatSymbols.getInstance(RUSSIAN);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator(GROUP);
        return symbols;
    }
}
