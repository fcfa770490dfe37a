package ru.opora.shared;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A list as people see it on a page, ready to be written to a file: a title, column headers and
 * rows of plain values (String, Number, Boolean, LocalDate, LocalDateTime or null). Numbers stay
 * numbers, rounded as the page shows them ({@link Formats#round}); moments are given as the
 * region's local time ({@link Formats#local}), since a file has no time zone.
 */
public record Table(String title, List<String> headers, List<? extends List<?>> rows) {

    public Table {
        headers = List.copyOf(headers);
        for (List<?> row : rows) {
            if (row.size() != headers.size())
                throw new IllegalArgumentException(
                        "row has " + row.size() + " cells, table has " + headers.size() + " columns");
            for (Object cell : row)
                if (cell instanceof Instant)
                    throw new IllegalArgumentException("a moment goes into a table as local time (Formats.local)");
        }
    }

    /**
     * A label that is a whole number («12») as that number, so that Excel sorts and filters it as
     * one; any other label («4.1», «12(2)») as it is written.
     */
    public static Object numberIfWhole(String label) {
        if (label.isEmpty() || label.length() > 9 || !label.chars().allMatch(Character::isDigit)) return label;
        return Integer.valueOf(label);
    }

    /** Column headers from message keys, in the reader's language. */
    public static List<String> headers(MessageSource messages, Locale locale, String... keys) {
        return Arrays.stream(keys)
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
    }
}
