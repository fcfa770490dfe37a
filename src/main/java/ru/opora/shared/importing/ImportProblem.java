package ru.opora.shared.importing;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an import file, coded for the message bundle ({@code import.error.<code>}):
 * {@code FILE-…} for the file as a whole, {@code REG-…} for the register, {@code ASM-…} for results.
 * The message's arguments are always: file, row, column, the cell's value, and {@code detail}.
 *
 * @param row the row as the user sees it in Excel (the header is row 1); 0 for the file as a whole
 */
public record ImportProblem(String code, int row, @Nullable String column, String value, String detail) {

    public static ImportProblem ofFile(String code, String detail) {
        return new ImportProblem(code, 0, null, "", detail);
    }

    /** A file that could not be read at all: its code and arguments come from the reader. */
    public static ImportProblem of(UnreadableFile e) {
        Object[] args = e.args();
        String value = args.length > 1 ? String.valueOf(args[1]) : "";
        String detail = args.length > 2 ? String.valueOf(args[2]) : "";
        return new ImportProblem(e.code(), 0, null, value, detail);
    }

    public String messageKey() {
        return "import.error." + code;
    }

    public Object[] messageArgs(String fileName) {
        return new Object[] {fileName, row, column == null ? "" : column, value, detail};
    }
}
