package ru.opora.orgunits.register;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.opora.shared.ImportProblem;
import ru.opora.shared.UploadedSheet;

/**
 * A register file read into drafts: finds the header row, checks that every required column is
 * there exactly once, then reads each data row with {@link RegisterRowReader}.
 */
final class RegisterFile {

    final List<SchoolDraft> drafts = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    int dataRows;

    private RegisterFile() {}

    static RegisterFile failed(ImportProblem problem) {
        var file = new RegisterFile();
        file.problems.add(problem);
        return file;
    }

    static RegisterFile read(
            String fileName, Path file, long maxBytes, java.util.function.Predicate<String> knownMunicipality) {
        var result = new RegisterFile();
        var state = new Object() {
            RegisterRowReader reader;
            boolean headerFailed;
        };
        UploadedSheet.read(fileName, file, maxBytes, (row, cells) -> {
            if (state.headerFailed) return;
            if (state.reader == null) {
                Map<RegisterColumn, Integer> columns = header(row, cells, result.problems);
                if (!result.problems.isEmpty()) {
                    state.headerFailed = true;
                    return;
                }
                state.reader = new RegisterRowReader(columns, knownMunicipality);
                return;
            }
            result.dataRows++;
            state.reader.read(row, cells, result.problems).ifPresent(result.drafts::add);
        });
        if (state.reader != null && result.dataRows == 0) result.problems.add(ImportProblem.ofFile("REG-E014", ""));
        return result;
    }

    private static Map<RegisterColumn, Integer> header(int row, List<String> cells, List<ImportProblem> problems) {
        var columns = new EnumMap<RegisterColumn, Integer>(RegisterColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            var column = RegisterColumn.byHeader(cells.get(i));
            if (column.isEmpty()) continue;
            if (columns.containsKey(column.get()))
                problems.add(new ImportProblem("REG-E017", row, cells.get(i), cells.get(i), ""));
            else columns.put(column.get(), i);
        }
        var missing = new ArrayList<String>();
        for (RegisterColumn c : RegisterColumn.values())
            if (c.required() && !columns.containsKey(c)) missing.add("«" + c.header() + "»");
        if (!missing.isEmpty()) problems.add(new ImportProblem("REG-E001", row, null, "", String.join(", ", missing)));
        return columns;
    }
}
