package ru.opora.shared.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The problems of one file. A file with one wrong column has the same problem on every row: the
 * first {@value #SHOWN_PER_KIND} of each kind (code and column) are kept to be shown, the rest only
 * counted («и ещё 2 406 строк с той же ошибкой»), so that a report stays readable and a bad file of
 * millions of rows costs no memory.
 */
public final class ImportProblems {

    public static final int SHOWN_PER_KIND = 20;

    /** No file shows more than this many problems, whatever the number of kinds. */
    public static final int SHOWN_AT_MOST = 1000;

    /** The kinds of problem with more rows than are shown, and how many more. */
    public record Overflow(String code, @Nullable String column, int more) {}

    private record Kind(String code, @Nullable String column) {}

    private final List<ImportProblem> shown = new ArrayList<>();
    private final Map<Kind, Integer> counts = new LinkedHashMap<>();
    private int total;

    public void add(ImportProblem problem) {
        total++;
        int n = counts.merge(new Kind(problem.code(), problem.column()), 1, Integer::sum);
        if (n <= SHOWN_PER_KIND && shown.size() < SHOWN_AT_MOST) shown.add(problem);
    }

    public void addAll(Collection<ImportProblem> problems) {
        problems.forEach(this::add);
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Every problem found, shown or not. */
    public int count() {
        return total;
    }

    /** The problems to show, in the order of the file's rows. */
    public List<ImportProblem> shown() {
        return shown.stream()
                .sorted(Comparator.comparingInt(ImportProblem::row))
                .toList();
    }

    public List<Overflow> overflow() {
        var more = new ArrayList<Overflow>();
        int hidden = total;
        for (var e : counts.entrySet()) {
            int extra = e.getValue() - SHOWN_PER_KIND;
            if (extra > 0) more.add(new Overflow(e.getKey().code(), e.getKey().column(), extra));
        }
        for (Overflow o : more) hidden -= o.more();
        // beyond the overall limit, what is neither shown nor counted above is still counted here
        int unshown = hidden - shown.size();
        if (unshown > 0) more.add(new Overflow("", null, unshown));
        return more;
    }
}
