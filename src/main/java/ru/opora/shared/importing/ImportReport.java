package ru.opora.shared.importing;

import java.util.List;

/**
 * What an import did with a file: written (and how many entries it added, replaced and left as they
 * were), or refused with its problems, of which {@code problems} shows at most twenty of each kind
 * and {@code overflow} counts the rest. A refused file changed nothing.
 *
 * @param dataRows the rows under the header
 */
public record ImportReport(
        String fileName,
        int dataRows,
        List<ImportProblem> problems,
        int problemCount,
        List<ImportProblems.Overflow> overflow,
        Tally tally,
        boolean committed) {

    /** What a written file changed: entries added, replaced, and found as they were. */
    public record Tally(int added, int replaced, int unchanged) {

        public static final Tally NONE = new Tally(0, 0, 0);

        /**
         * One upserted row: {@code insert … on conflict do update … where (values) is distinct from
         * (excluded values) returning xmax = 0} returns true for a new row, false for a replaced
         * one, and nothing for a row found as it was.
         */
        public static Tally ofUpsert(java.util.Optional<Boolean> inserted) {
            if (inserted.isEmpty()) return new Tally(0, 0, 1);
            return inserted.get() ? new Tally(1, 0, 0) : new Tally(0, 1, 0);
        }

        /** What writing every row did, each row writing itself and saying what it did. */
        public static <T> Tally sum(java.util.List<T> rows, java.util.function.Function<T, Tally> write) {
            var tally = NONE;
            for (T row : rows) tally = tally.plus(write.apply(row));
            return tally;
        }

        public Tally plus(Tally other) {
            return new Tally(added + other.added, replaced + other.replaced, unchanged + other.unchanged);
        }
    }

    public ImportReport {
        problems = List.copyOf(problems);
        overflow = List.copyOf(overflow);
    }

    public boolean ok() {
        return problemCount == 0;
    }

    public static ImportReport refused(String fileName, int dataRows, ImportProblems problems) {
        return new ImportReport(
                fileName, dataRows, problems.shown(), problems.count(), problems.overflow(), Tally.NONE, false);
    }

    public static ImportReport refused(String fileName, ImportProblem problem) {
        var problems = new ImportProblems();
        problems.add(problem);
        return refused(fileName, 0, problems);
    }

    /** A file checked and found clean, but not written (a dry run). */
    public static ImportReport checked(String fileName, int dataRows, Tally wouldChange) {
        return new ImportReport(fileName, dataRows, List.of(), 0, List.of(), wouldChange, false);
    }

    public static ImportReport written(String fileName, int dataRows, Tally tally) {
        return new ImportReport(fileName, dataRows, List.of(), 0, List.of(), tally, true);
    }
}
