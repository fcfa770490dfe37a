package ru.opora.orgunits;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * The part of the org-unit hierarchy a user may see: the subtrees under a set of paths (a region,
 * a municipality, a school, or a curator's assigned schools). Every query that returns register or
 * result data takes a Scope argument and filters by {@code path like 'prefix%'} ({@link #sqlCondition}).
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
     * An indexable SQL condition on a path column: {@code (col like '/…/%' or col like '/…/%' …)},
     * one prefix per scope path, written into the statement rather than bound. A bound prefix made
     * PostgreSQL plan the statement afresh on every call wherever its table was too large for one
     * plan to serve every prefix (0.2–0.8 ms a statement in a country's register, none in a
     * region's), as a plan for an unknown prefix cannot use the index; with the prefix written in,
     * each scope's statement keeps its plan on a connection after its first few calls (decision 0037). Safe to write: a
     * path is only ids and slashes ({@link OrgPath}'s constructor refuses anything else). An empty
     * scope gives a condition that is never true. {@code like any(?)} with {@link #likePatterns()}
     * remains for array parameters.
     */
    public String sqlCondition(String column) {
        if (paths.isEmpty()) return "false";
        var conditions = new java.util.ArrayList<String>(paths.size());
        for (OrgPath p : sortedPaths()) conditions.add(column + " like " + p.sqlLiteralPattern());
        return "(" + String.join(" or ", conditions) + ")";
    }

    public List<OrgPath> sortedPaths() {
        return paths.stream().sorted().toList();
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
