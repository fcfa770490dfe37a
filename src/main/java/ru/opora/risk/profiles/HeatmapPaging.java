package ru.opora.risk.profiles;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import ru.opora.risk.engine.Level;
import ru.opora.shared.Paging;

/**
 * The heatmap's rows as the reader asked: found by part of a school's code or name, sorted by name,
 * by how many factors are at a high or medium level, or by one factor's level, and cut into pages
 * of {@value #SIZE} — so that a region of a thousand schools is read a page at a time.
 */
final class HeatmapPaging {

    // fifty, as every list of schools: a hundred rows of eleven cells were most of the overview's time
    static final int SIZE = 50;

    private HeatmapPaging() {}

    static Paging.Slice<Heatmap.Row> slice(
            List<Heatmap.Row> rows, @Nullable String q, @Nullable String sort, @Nullable Integer page) {
        var found = q == null || q.isBlank()
                ? rows
                : rows.stream().filter(r -> matches(r, q)).toList();
        return Paging.slice(found.stream().sorted(order(sort)).toList(), page, SIZE);
    }

    private static boolean matches(Heatmap.Row r, String q) {
        String needle = q.strip().toLowerCase(Locale.ROOT);
        return r.code().toLowerCase(Locale.ROOT).contains(needle)
                || r.name().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** {@code risks}: most factors at high or medium first; {@code f<n>}: the n-th factor's level, highest first. */
    private static Comparator<Heatmap.Row> order(@Nullable String sort) {
        Comparator<Heatmap.Row> byName = Comparator.comparing(Heatmap.Row::name).thenComparing(Heatmap.Row::code);
        if ("risks".equals(sort))
            return Comparator.comparingLong(HeatmapPaging::serious).reversed().thenComparing(byName);
        if (sort != null && sort.matches("f\\d{1,2}")) {
            int factor = Integer.parseInt(sort.substring(1));
            return Comparator.<Heatmap.Row>comparingInt(r ->
                            factor < r.levels().size() ? r.levels().get(factor).ordinal() : Level.NONE.ordinal())
                    .thenComparing(byName);
        }
        return byName;
    }

    private static long serious(Heatmap.Row r) {
        return r.levels().stream()
                .filter(l -> l == Level.HIGH || l == Level.MEDIUM)
                .count();
    }
}
