package ru.opora.orgunits.register;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an import file, coded for the message bundle ({@code register.error.<code>}).
 * The message's arguments are always: file, row, column, the cell's value, and {@code detail}.
 *
 * @param row the row as the user sees it in Excel (the header is row 1); 0 for the file as a whole
 */
record RowProblem(String code, int row, @Nullable String column, String value, String detail) {

    static RowProblem ofFile(String code, String detail) {
        return new RowProblem(code, 0, null, "", detail);
    }

    /** A file that could not be read at all: its code and arguments come from the reader. */
    static RowProblem of(ru.opora.shared.UnreadableFile e) {
        Object[] args = e.args();
        String value = args.length > 1 ? String.valueOf(args[1]) : "";
        String detail = args.length > 2 ? String.valueOf(args[2]) : "";
        return new RowProblem(e.code(), 0, null, value, detail);
    }

    String messageKey() {
        return code.startsWith("FILE-") ? "file.error." + code : "register.error." + code;
    }

    Object[] messageArgs(String fileName) {
        return new Object[] {fileName, row, column == null ? "" : column, value, detail};
    }
}
