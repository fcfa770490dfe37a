package ru.opora.shared.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Where a file keeps each column, found from its header row. A required column that is missing, or
 * a column that appears twice, is one problem of the header: the rows are then not read at all, so
 * that a file with a wrong header gets one clear message instead of one per row.
 */
public final class Header {

    private final int row;
    private final List<String> cells;
    private final Map<Column, Integer> indexes;
    private final ImportProblems problems;

    private Header(int row, List<String> cells, Map<Column, Integer> indexes, ImportProblems problems) {
        this.row = row;
        this.cells = List.copyOf(cells);
        this.indexes = Map.copyOf(indexes);
        this.problems = problems;
    }

    /** Matches the header row's cells to the columns; problems go to {@code problems} (codes HDR-…). */
    public static Header read(int row, List<String> cells, List<Column> columns, ImportProblems problems) {
        var indexes = new HashMap<Column, Integer>();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            if (text.isBlank()) continue;
            for (Column c : columns) {
                if (!c.matches(text)) continue;
                if (indexes.containsKey(c)) problems.add(new ImportProblem("HDR-E002", row, text, text, ""));
                else indexes.put(c, i);
                break;
            }
        }
        var missing = new ArrayList<String>();
        for (Column c : columns) if (c.required() && !indexes.containsKey(c)) missing.add("«" + c.header() + "»");
        if (!missing.isEmpty()) problems.add(new ImportProblem("HDR-E001", row, null, "", String.join(", ", missing)));
        return new Header(row, cells, indexes, problems);
    }

    public int row() {
        return row;
    }

    /** A data row read under this header; its cell problems go to {@code problems}. */
    public Row row(int number, List<String> cells, ImportProblems problems) {
        return new Row(number, cells, this, problems);
    }

    public OptionalInt index(Column column) {
        Integer i = indexes.get(column);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public boolean has(Column column) {
        return indexes.containsKey(column);
    }

    /** The header's own text of a column index, as the file writes it ({@code ""} beyond the last). */
    public String text(int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    /**
     * A problem of the header found by the import itself (a column named by data that the import does
     * not know); like a missing column, it stops the reading of the rows.
     */
    public void problem(String code, @org.jspecify.annotations.Nullable String column, String value, String detail) {
        problems.add(new ImportProblem(code, row, column, value, detail));
    }

    /** Non-empty headers that match none of the import's columns, by index: columns named by data. */
    public Map<Integer, String> unmatched() {
        var result = new LinkedHashMap<Integer, String>();
        for (int i = 0; i < cells.size(); i++)
            if (!cells.get(i).isBlank() && !indexes.containsValue(i))
                result.put(i, cells.get(i).strip());
        return result;
    }
}
