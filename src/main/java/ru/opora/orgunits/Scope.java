package ru.opora.orgunits;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * The part of the org-unit hierarchy a user may see: the subtrees under a set of paths (a region,
 * a municipality, a school, or a curator's assigned schools). Every query that returns register or
 * result data takes a Scope argument and filters by {@code path LIKE prefix || '%'}.
 */
public record Scope(Set<OrgPath> paths) implements java.io.Serializable {

    private static final Scope NOTHING = new Scope(Set.of());

    public Scope {
        // drop paths already covered by a shorter one, so that SQL gets the fewest prefixes
        var minimal = new TreeSet<OrgPath>();
        for (OrgPath p : new TreeSet<>(paths)) if (minimal.stream().noneMatch(m -> m.contains(p))) minimal.add(p);
        paths = Set.copyOf(minimal);
    }

    public static Scope of(Collection<OrgPath> paths) {
        return new Scope(Set.copyOf(paths));
    }

    /** The subtree of one org unit. */
    public static Scope of(OrgPath path) {
        return new Scope(Set.of(path));
    }

    /** A whole region. */
    public static Scope region(UUID regionId) {
        return of(OrgPath.ofRegion(regionId));
    }

    public static Scope nothing() {
        return NOTHING;
    }

    public boolean permits(OrgPath path) {
        return paths.stream().anyMatch(p -> p.contains(path));
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /** This scope cut to the subtree of {@code unit}, when the scope permits it; otherwise this scope. */
    public Scope narrowTo(OrgPath unit) {
        return permits(unit) ? of(unit) : this;
    }

    /** The prefixes as a SQL array parameter: {@code path like any(:prefixes)}. */
    public String[] likePatterns() {
        return sortedPaths().stream().map(OrgPath::likePattern).toArray(String[]::new);
    }

    /**
     * An indexable SQL condition on a path column: {@code (col like ? or col like ? …)}, one prefix
     * per scope path (PostgreSQL cannot use an index for {@code like any(array)}). Bind
     * {@link #likePatterns()} in order. An empty scope gives a condition that is never true.
     */
    public String sqlCondition(String column) {
        if (paths.isEmpty()) return "false";
        return "(" + String.join(" or ", Collections.nCopies(paths.size(), column + " like ?")) + ")";
    }

    /** {@link #sqlCondition} with named parameters {@code :name0, :name1 …}; bind {@link #namedPatterns}. */
    public String namedCondition(String column, String name) {
        if (paths.isEmpty()) return "false";
        var conditions = new java.util.ArrayList<String>();
        for (int i = 0; i < paths.size(); i++) conditions.add(column + " like :" + name + i);
        return "(" + String.join(" or ", conditions) + ")";
    }

    /** The prefixes of {@link #namedCondition}, by parameter name. */
    public java.util.Map<String, Object> namedPatterns(String name) {
        var named = new java.util.LinkedHashMap<String, Object>();
        String[] patterns = likePatterns();
        for (int i = 0; i < patterns.length; i++) named.put(name + i, patterns[i]);
        return named;
    }

    public List<OrgPath> sortedPaths() {
        return paths.stream().sorted().toList();
    }

    /** The parameters {@code first…} followed by {@link #likePatterns()}, for a query whose scope condition comes last. */
    public Object[] paramsAfter(Object... first) {
        String[] patterns = likePatterns();
        Object[] all = Arrays.copyOf(first, first.length + patterns.length);
        System.arraycopy(patterns, 0, all, first.length, patterns.length);
        return all;
    }

    /**
     * The region the scope lies in. A user who sees nothing (a curator without assignments) is
     * refused like anyone outside the data, and a scope never spans regions.
     */
    public UUID regionId() {
        if (paths.isEmpty()) throw new AccessDeniedException("an empty scope has no region");
        UUID region = sortedPaths().getFirst().regionId();
        for (OrgPath p : paths)
            if (!p.regionId().equals(region)) throw new AccessDeniedException("a scope across regions");
        return region;
    }

    /** The path of the region the scope lies in. */
    public OrgPath region() {
        return OrgPath.ofRegion(regionId());
    }

    /** True when the scope is exactly a whole region (a region admin's). */
    public boolean isRegionWide() {
        return paths.size() == 1 && paths.iterator().next().isRegion();
    }
}
