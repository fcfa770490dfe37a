package ru.opora.shared.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The pipeline of a tabular import (docs/style.md §8): the file is read whatever its format; its first
 * non-empty row is the header, matched to the import's columns; every data row is read by the
 * import's {@link RowReader}, which turns the row's cells into an entry and names what is wrong;
 * and then {@link Reading#commit} writes the entries only when the whole file is clean. A header
 * with a problem stops the reading, so that a missing column is one message, not one per row.
 */
public final class TabularImport {

    /** Turns one row into an entry of the import, or {@code null} when the row has a problem (which it adds). */
    @FunctionalInterface
    public interface RowReader<R> {
        @Nullable
        R read(Row row);
    }

    /** What an upload is: the file as the user named it, where it lies, and the import's size limit. */
    public record Upload(String fileName, Path file, long maxBytes) {}

    private TabularImport() {}

    /** Reads the file with a fixed set of columns. */
    public static <R> Reading<R> read(Upload upload, List<Column> columns, RowReader<R> reader) {
        return read(upload, columns, header -> reader, done -> {});
    }

    /**
     * Reads the file, choosing the row reader once the header is known (an import whose columns are
     * named by data, such as a questionnaire's variables, reads them from the header), and reports
     * the share of the file read.
     */
    public static <R> Reading<R> read(
            Upload upload, List<Column> columns, Function<Header, RowReader<R>> readerOf, DoubleConsumer progress) {
        var problems = new ImportProblems();
        var entries = new ArrayList<R>();
        var state = new Object() {
            @Nullable
            Header header;

            @Nullable
            RowReader<R> reader;

            int dataRows;
            boolean headerFailed;
        };
        try {
            UploadedSheet.read(
                    upload.fileName(),
                    upload.file(),
                    upload.maxBytes(),
                    new UploadedSheet.RowConsumer() {
                        @Override
                        public void header(int number, List<String> cells) {
                            state.header = Header.read(number, cells, columns, problems);
                            state.headerFailed = !problems.isEmpty();
                            if (!state.headerFailed) state.reader = readerOf.apply(state.header);
                            state.headerFailed |= !problems.isEmpty();
                        }

                        @Override
                        public void accept(int number, List<String> cells) {
                            if (state.headerFailed) return;
                            state.dataRows++;
                            R entry = java.util.Objects.requireNonNull(state.reader)
                                    .read(java.util.Objects.requireNonNull(state.header)
                                            .row(number, cells, problems));
                            if (entry != null) entries.add(entry);
                        }
                    },
                    progress);
        } catch (UnreadableFile e) {
            problems.add(ImportProblem.of(e));
        }
        if (problems.isEmpty() && state.dataRows == 0) problems.add(ImportProblem.ofFile("HDR-E003", ""));
        return new Reading<>(upload.fileName(), state.dataRows, entries, problems);
    }

    /** A file read: its entries, and every problem of the file. */
    public static final class Reading<R> {

        private final String fileName;
        private final int dataRows;
        private final List<R> entries;
        private final ImportProblems problems;

        Reading(String fileName, int dataRows, List<R> entries, ImportProblems problems) {
            this.fileName = fileName;
            this.dataRows = dataRows;
            this.entries = entries;
            this.problems = problems;
        }

        public List<R> entries() {
            return entries;
        }

        /** The file's problems; checks over all rows together (duplicates, references between rows) add theirs here. */
        public ImportProblems problems() {
            return problems;
        }

        public int dataRows() {
            return dataRows;
        }

        public String fileName() {
            return fileName;
        }

        /**
         * The same file read into one entry that stands for all its rows (a plan of the whole file,
         * made after checks across rows), or into none when the file has problems.
         */
        public <T> Reading<T> asOne(@Nullable T whole) {
            return as(whole == null ? List.of() : List.of(whole));
        }

        /** The same file read into other entries, made from its rows by checks across rows. */
        public <T> Reading<T> as(List<T> made) {
            return new Reading<>(fileName, dataRows, made, problems);
        }

        /**
         * Writes the entries with {@code writer}, which reports what it added, replaced and left as it
         * was, only when the file has no problem; otherwise nothing is written. The writer runs in the
         * caller's transaction, so the file is written whole or not at all.
         */
        public ImportReport commit(Function<List<R>, ImportReport.Tally> writer) {
            if (!problems.isEmpty()) return ImportReport.refused(fileName, dataRows, problems);
            return ImportReport.written(fileName, dataRows, writer.apply(entries));
        }

        /** What a commit would do, counted by {@code planner} without writing: a dry run. */
        public ImportReport check(Function<List<R>, ImportReport.Tally> planner) {
            if (!problems.isEmpty()) return ImportReport.refused(fileName, dataRows, problems);
            return ImportReport.checked(fileName, dataRows, planner.apply(entries));
        }
    }
}
