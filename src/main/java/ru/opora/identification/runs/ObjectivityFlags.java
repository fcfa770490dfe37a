package ru.opora.identification.runs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identification.engine.Flag;
import ru.opora.identification.engine.FlagCode;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;
import tools.jackson.databind.json.JsonMapper;

/**
 * The objectivity flags of the schools in scope and their review: open → confirmed or dismissed,
 * with a comment, the reviewer and the date. A confirmed flag keeps the school's results of that
 * year out of identification (listed separately).
 */
@Component
class ObjectivityFlags {

    /** A stored flag with its review. */
    public record Stored(
            UUID schoolId,
            OrgPath schoolPath,
            int year,
            FlagCode code,
            double value,
            double threshold,
            List<Flag.Evidence> evidence,
            @Nullable Double expected,
            @Nullable Double z,
            String status,
            @Nullable String comment,
            @Nullable String reviewedBy,
            @Nullable Instant reviewedAt) {
        public Flag flag() {
            return new Flag(code, value, threshold, evidence, expected, z);
        }
    }

    /** One review as the form sends it. */
    public record Review(
            UUID schoolId,
            int year,
            FlagCode code,
            Decision decision,
            @Nullable String comment) {
        String text() {
            return comment == null ? "" : comment;
        }
    }

    /** The review decisions. */
    enum Decision {
        CONFIRMED,
        DISMISSED,
        OPEN
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    ObjectivityFlags(
            JdbcClient jdbc,
            JsonMapper json,
            AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.events = events;
    }

    List<Stored> list(Scope scope, int year) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql(SELECT + " where year = ? and " + scope.sqlCondition("school_path")
                        + " order by status desc, code, value desc")
                .params(year)
                .query((rs, n) -> stored(rs))
                .list();
    }

    List<Integer> years(Scope scope) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql("select distinct year from identification.objectivity_flag where "
                        + scope.sqlCondition("school_path") + " order by year desc")
                .query((rs, n) -> rs.getInt(1))
                .list();
    }

    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    void review(Review review, Scope scope, String actor) {
        UUID schoolId = review.schoolId();
        int year = review.year();
        FlagCode code = review.code();
        Decision decision = review.decision();
        String comment = review.text();
        var flag = jdbc.sql(SELECT + " where school_id = ? and year = ? and code = ?")
                .params(schoolId, year, code.name())
                .query((rs, n) -> stored(rs))
                .optional()
                .filter(f -> scope.permits(f.schoolPath()))
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
        jdbc.sql("""
                        update identification.objectivity_flag set status = ?, comment = ?, reviewed_by = ?, reviewed_at = now()
                        where school_id = ? and year = ? and code = ?""")
                .params(decision.name(), comment, actor, schoolId, year, code.name())
                .update();
        audit.record(new AuditLog.Change(
                actor,
                flag.schoolPath(),
                "OBJECTIVITY_FLAG",
                schoolId + "/" + year + "/" + code,
                code.name() + " " + year,
                "REVIEW",
                Map.of("status", flag.status()),
                Map.of("status", decision.name(), "comment", comment)));
        events.publishEvent(new ru.opora.identification.ObjectivityFlagReviewed(schoolId, year, decision.name()));
    }

    private static final String SELECT = """
            select school_id, school_path, year, code, value, threshold, evidence::text as evidence, expected, z, status,
                   comment, reviewed_by, reviewed_at from identification.objectivity_flag""";

    private static @Nullable Double number(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        var v = rs.getBigDecimal(column);
        return v == null ? null : v.doubleValue();
    }

    private Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        var reviewed = rs.getTimestamp("reviewed_at");
        return new Stored(
                rs.getObject("school_id", UUID.class),
                OrgPath.parse(rs.getString("school_path")),
                rs.getInt("year"),
                FlagCode.valueOf(rs.getString("code")),
                rs.getBigDecimal("value").doubleValue(),
                rs.getBigDecimal("threshold").doubleValue(),
                List.of(json.readValue(rs.getString("evidence"), Flag.Evidence[].class)),
                number(rs, "expected"),
                number(rs, "z"),
                rs.getString("status"),
                rs.getString("comment"),
                rs.getString("reviewed_by"),
                reviewed == null ? null : reviewed.toInstant());
    }
}
