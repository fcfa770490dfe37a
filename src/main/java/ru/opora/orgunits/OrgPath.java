package ru.opora.orgunits;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serial;
import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlTypeValue;

/**
 * An org unit's place in the register: the ids from the region down to the unit, written
 * {@code /<region>/<municipality>/<school>/}. Scope filters and roll-ups are prefix matches on this
 * text, so it is what SQL stores and binds ({@link #value()}); everywhere else it travels as this
 * type, and only this type knows how the text is built. It binds to a JDBC parameter as that text
 * ({@link SqlTypeValue}) and serialises to JSON as it, so no caller has to unwrap it.
 */
public record OrgPath(String value) implements Serializable, Comparable<OrgPath>, SqlTypeValue {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Region, municipality, school: the register has three levels. */
    public static final int MAX_DEPTH = 3;

    private static final int UUID_LENGTH = 36;

    public OrgPath {
        if (!wellFormed(value)) throw new IllegalArgumentException("not an org-unit path: " + value);
    }

    /** Reads a path as stored (and as JSON writes it); refuses anything that is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrgPath parse(String text) {
        return new OrgPath(text);
    }

    /** The path of a region: the root of its municipalities and schools. */
    public static OrgPath ofRegion(UUID regionId) {
        return new OrgPath("/" + regionId + "/");
    }

    /** The path of a unit directly below this one. */
    public OrgPath child(UUID id) {
        return new OrgPath(value + id + "/");
    }

    /** 1 for a region, 2 for a municipality, 3 for a school. */
    public int depth() {
        return (value.length() - 1) / (UUID_LENGTH + 1);
    }

    public OrgUnitKind kind() {
        return switch (depth()) {
            case 1 -> OrgUnitKind.REGION;
            case 2 -> OrgUnitKind.MUNICIPALITY;
            default -> OrgUnitKind.SCHOOL;
        };
    }

    public boolean isRegion() {
        return depth() == 1;
    }

    /** The ids from the region down to this unit. */
    public List<UUID> ids() {
        var ids = new ArrayList<UUID>(depth());
        for (int i = 0; i < depth(); i++) ids.add(segment(i));
        return ids;
    }

    /** The unit this path leads to. */
    public UUID unitId() {
        return segment(depth() - 1);
    }

    public UUID regionId() {
        return segment(0);
    }

    public OrgPath region() {
        return prefix(1);
    }

    /** The municipality on the way to this unit; empty for a region. */
    public Optional<UUID> municipalityId() {
        return depth() >= 2 ? Optional.of(segment(1)) : Optional.empty();
    }

    /** The municipality's path on the way to this unit; empty for a region. */
    public Optional<OrgPath> municipality() {
        return depth() >= 2 ? Optional.of(prefix(2)) : Optional.empty();
    }

    /** The school this path leads to; empty for a region or a municipality. */
    public Optional<UUID> schoolId() {
        return depth() >= 3 ? Optional.of(segment(2)) : Optional.empty();
    }

    /** The unit above this one; empty for a region. */
    public Optional<OrgPath> parent() {
        return depth() > 1 ? Optional.of(prefix(depth() - 1)) : Optional.empty();
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(OrgPath other) {
        return other.value.startsWith(value);
    }

    /** The SQL pattern of this unit's subtree: {@code path like ?}. */
    public String likePattern() {
        return value + "%";
    }

    /**
     * {@link #likePattern()} as an SQL string literal, for a statement that keeps its plan per
     * prefix. The constructor admits only ids and slashes, so the text needs no escaping; the check
     * here keeps it so should that rule ever change.
     */
    public String sqlLiteralPattern() {
        if (value.indexOf('\'') >= 0 || value.indexOf('\\') >= 0 || value.indexOf('%') >= 0 || value.indexOf('_') >= 0)
            throw new IllegalStateException("a path that cannot be written into SQL: " + value);
        return "'" + likePattern() + "'";
    }

    @Override
    public int compareTo(OrgPath other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public void setTypeValue(PreparedStatement ps, int index, int sqlType, @Nullable String typeName)
            throws SQLException {
        ps.setString(index, value);
    }

    private OrgPath prefix(int depth) {
        return new OrgPath(value.substring(0, 1 + depth * (UUID_LENGTH + 1)));
    }

    private UUID segment(int index) {
        int from = 1 + index * (UUID_LENGTH + 1);
        return UUID.fromString(value.substring(from, from + UUID_LENGTH));
    }

    private static boolean wellFormed(String text) {
        int step = UUID_LENGTH + 1;
        if (text.length() < 1 + step || (text.length() - 1) % step != 0) return false;
        if ((text.length() - 1) / step > MAX_DEPTH || text.charAt(0) != '/') return false;
        for (int from = 1; from < text.length(); from += step) {
            if (text.charAt(from + UUID_LENGTH) != '/') return false;
            try {
                UUID parsed = UUID.fromString(text.substring(from, from + UUID_LENGTH));
                // UUID.fromString accepts short groups; only the canonical form is a path segment
                if (!parsed.toString().equals(text.substring(from, from + UUID_LENGTH))) return false;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }
}
