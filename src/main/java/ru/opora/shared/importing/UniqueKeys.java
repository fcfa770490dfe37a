package ru.opora.shared.importing;

import java.util.HashMap;
import java.util.Map;

/**
 * What must appear once per file (a school's code, a school and year): a second row with the same
 * key is a problem that names the first row.
 */
public final class UniqueKeys {

    private final String code;
    private final Map<String, Integer> firstRow = new HashMap<>();

    /** @param code the problem's code; its message gets the first row's number as the detail */
    public UniqueKeys(String code) {
        this.code = code;
    }

    /** True when the key is new to the file; otherwise the row gets the problem. */
    public boolean add(Row row, Column column, String key) {
        Integer first = firstRow.putIfAbsent(key, row.number());
        if (first == null) return true;
        row.problem(code, column, row.text(column), String.valueOf(first));
        return false;
    }
}
