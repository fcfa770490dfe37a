package ru.opora.shared;

import java.util.List;

/**
 * A list as people see it on a page, ready to be written to a file: a title, column headers and
 * rows of plain values (String, Number, Boolean, LocalDate, Instant or null).
 */
public record Table(String title, List<String> headers, List<? extends List<?>> rows) {

    public Table {
        headers = List.copyOf(headers);
        for (List<?> row : rows) {
            if (row.size() != headers.size())
                throw new IllegalArgumentException(
                        "row has " + row.size() + " cells, table has " + headers.size() + " columns");
        }
    }
}
