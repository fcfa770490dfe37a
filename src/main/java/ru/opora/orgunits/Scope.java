package ru.opora.orgunits;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the org-unit hierarchy a user may see: the subtrees under a set of paths (a region,
 * a municipality, a school, or a curator's assigned schools). Every query that returns register or
 * result data takes a Scope argument and filters by {@code path LIKE prefix || '%'}.
 */
public record Scope(Set<String> paths) implements java.io.Serializable {

    private static final Scope NOTHING = new Scope(Set.of());

    public Scope {
        // drop paths already covered by a shorter one, so that SQL gets the fewest prefixes
        var sorted = new TreeSet<>(paths);
        var minimal = new TreeSet<String>();
        for (String p : sorted) {
            if (!p.startsWith("/") || !p.endsWith("/"))
                throw new IllegalArgumentException("not an org-unit path: " + p);
            if (minimal.stream().noneMatch(p::startsWith)) minimal.add(p);
        }
        paths = Set.copyOf(minimal);
    }

    public static Scope of(Collection<String> paths) {
        return new Scope(Set.copyOf(paths));
    }

    public static Scope nothing() {
        return NOTHING;
    }

    public boolean permits(String path) {
        return paths.stream().anyMatch(path::startsWith);
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /** The prefixes as a SQL array parameter: {@code path like any(:prefixes)}. */
    public String[] likePatterns() {
        return sortedPaths().stream().map(p -> p + "%").toArray(String[]::new);
    }

    /**
     * An indexable SQL condition on a path column: {@code (col like ? or col like ? …)}, one prefix
     * per scope path (PostgreSQL cannot use an index for {@code like any(array)}). Bind
     * {@link #likePatterns()} in order. An empty scope gives a condition that is never true.
     */
    public String sqlCondition(String column) {
        if (paths.isEmpty()) return "false";
        return "(" + String.join(" or ", java.util.Collections.nCopies(paths.size(), column + " like ?")) + ")";
    }

    public List<String> sortedPaths() {
        return paths.stream().sorted().toList();
    }

    /** The parameters {@code first…} followed by {@link #likePatterns()}, for a query whose scope condition comes last. */
    public Object[] paramsAfter(Object... first) {
        String[] patterns = likePatterns();
        Object[] all = java.util.Arrays.copyOf(first, first.length + patterns.length);
        System.arraycopy(patterns, 0, all, first.length, patterns.length);
        return all;
    }

    /** The region the scope lies in: the first segment of its paths (a scope never spans regions). */
    public java.util.UUID regionId() {
        if (paths.isEmpty()) throw new IllegalStateException("an empty scope has no region");
        return java.util.UUID.fromString(sortedPaths().getFirst().substring(1).split("/")[0]);
    }

    /** True when the scope is exactly a whole region (a region admin's). */
    public boolean isRegionWide() {
        return paths.size() == 1 && paths.iterator().next().substring(1).split("/").length == 1;
    }
}
