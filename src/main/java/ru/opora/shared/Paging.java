package ru.opora.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of a list already read and bounded by the scope (a region's ШНОР, its curators): the rows
 * to draw and where they are among all of them. A page past the end is the last one. Lists that
 * grow with the country are paged by the database instead.
 */
public final class Paging {

    /** One page of rows. */
    public record Slice<T>(List<T> rows, int page, int pages, int total) {

        public boolean paged() {
            return pages > 1;
        }
    }

    private Paging() {}

    /** The rows whose text (a school's code and name) holds the reader's words, whatever the case, a page of them. */
    public static <T> Slice<T> found(
            List<T> all,
            java.util.function.Function<T, String> text,
            @Nullable String q,
            @Nullable Integer page,
            int size) {
        String needle = q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT);
        return slice(
                all.stream()
                        .filter(row -> text.apply(row)
                                .toLowerCase(java.util.Locale.ROOT)
                                .contains(needle))
                        .toList(),
                page,
                size);
    }

    public static <T> Slice<T> slice(List<T> all, @Nullable Integer page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int at = page == null ? 0 : Math.clamp(page, 0, pages - 1);
        return new Slice<>(all.subList(at * size, Math.min(all.size(), (at + 1) * size)), at, pages, all.size());
    }
}
