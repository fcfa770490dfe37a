package ru.opora.coordination.practices;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/**
 * The bank of practices: a school submits, a moderator of its municipality or region approves,
 * publishes or rejects with a reason (submitted → approved → published / rejected). A school with
 * open objectivity flags is never published — nor shown while its flags are open — whatever its
 * figures say.
 */
@Component
class Practices {

    /** A practice as its form sends it. */
    record Form(
            @Nullable String title,
            @Nullable String subject,
            @Nullable String level,
            @Nullable List<String> risks,
            @Nullable String problem,
            @Nullable String solution,
            @Nullable String indicator,
            @Nullable BigDecimal before,
            @Nullable BigDecimal after,
            @Nullable Boolean lowerBetter) {}

    /** What a search asks: by risk, subject, level and the least effect; nulls ask nothing. */
    record Query(
            @Nullable String risk,
            @Nullable String subject,
            @Nullable String level,
            @Nullable BigDecimal effect) {

        static final Query ALL = new Query(null, null, null, null);
    }

    /** A moderator's step. */
    enum Step {
        APPROVE,
        PUBLISH,
        REJECT
    }

    record Result(@Nullable UUID id, List<String> problems) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    Practices(JdbcClient jdbc, AuditLog audit, org.springframework.context.ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.publisher = publisher;
    }

    @RequiresPermission(Permission.PRACTICES_SUBMIT)
    @Transactional
    Result submit(OrgUnitRef school, Form f, Set<String> knownRisks, String actor) {
        var problems = new ArrayList<String>();
        String title = text(f.title(), 300, "coordination.practice.title", problems);
        String subject = f.subject() == null ? "" : f.subject().strip();
        if (subject.length() > 100) problems.add("coordination.practice.subject");
        var level = parse(f.level());
        if (level == null) problems.add("coordination.practice.level");
        var risks = new LinkedHashSet<String>();
        for (String r : f.risks() == null ? List.<String>of() : f.risks()) if (knownRisks.contains(r)) risks.add(r);
        if (risks.isEmpty()) problems.add("coordination.practice.risks");
        String problem = text(f.problem(), 4000, "coordination.practice.problem", problems);
        String solution = text(f.solution(), 8000, "coordination.practice.solution", problems);
        String indicator = text(f.indicator(), 300, "coordination.practice.indicator", problems);
        if (!number(f.before()) || !number(f.after())) problems.add("coordination.practice.badValues");
        if (!problems.isEmpty()) return new Result(null, problems);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into coordination.practice (id, school_id, school_path, title, subject, level, risk_codes, problem,
                            solution, indicator, value_before, value_after, higher_better, state, submitted_by)
                        values (?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?)""")
                .params(
                        id,
                        school.id(),
                        school.path().value(),
                        title,
                        subject,
                        level.name(),
                        array(risks),
                        problem,
                        solution,
                        indicator,
                        f.before(),
                        f.after(),
                        !Boolean.TRUE.equals(f.lowerBetter()),
                        actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                school.path(),
                "PRACTICE",
                id.toString(),
                title,
                "CREATE",
                null,
                new HashMap<>(Map.of("risks", String.join(",", risks), "state", "SUBMITTED"))));
        publisher.publishEvent(new PracticeNotice(id, title, PracticeNotice.Kind.SUBMITTED, school.path(), ""));
        return new Result(id, List.of());
    }

    /**
     * A moderator's step: approve a submitted practice, publish an approved one (refused while the
     * school has objectivity flags open), reject either with a reason.
     */
    @RequiresPermission(Permission.PRACTICES_MODERATE)
    @Transactional
    List<String> moderate(Practice p, Step step, @Nullable String reason, boolean schoolInDoubt, String actor) {
        var from = p.state();
        Practice.State to;
        String why = reason == null ? "" : reason.strip();
        switch (step) {
            case APPROVE -> {
                if (from != Practice.State.SUBMITTED) return List.of("coordination.practice.step");
                to = Practice.State.APPROVED;
            }
            case PUBLISH -> {
                if (from != Practice.State.APPROVED) return List.of("coordination.practice.step");
                if (schoolInDoubt) return List.of("coordination.practice.objectivity");
                to = Practice.State.PUBLISHED;
            }
            default -> {
                if (from != Practice.State.SUBMITTED && from != Practice.State.APPROVED)
                    return List.of("coordination.practice.step");
                if (why.isEmpty() || why.length() > 2000) return List.of("coordination.practice.reason");
                to = Practice.State.REJECTED;
            }
        }
        jdbc.sql("""
                        update coordination.practice set state = ?, reason = ?, moderated_by = ?, moderated_at = now()
                        where id = ? and state = ?""").params(to.name(), why, actor, p.id(), from.name()).update();
        audit.record(new AuditLog.Change(
                actor,
                p.schoolPath(),
                "PRACTICE",
                p.id().toString(),
                p.title(),
                "UPDATE",
                Map.of("state", from.name()),
                new HashMap<>(Map.of("state", to.name(), "reason", why))));
        if (to != Practice.State.APPROVED)
            publisher.publishEvent(
                    new PracticeNotice(p.id(), p.title(), PracticeNotice.Kind.valueOf(to.name()), p.schoolPath(), why));
        return List.of();
    }

    Optional<Practice> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query((rs, n) -> practice(rs))
                .optional();
    }

    /** The published practices of a region that answer the query, best effect first. */
    List<Practice> published(OrgPath region, Query q) {
        var args = new ArrayList<Object>(List.of(region.likePattern()));
        var sql = new StringBuilder(SELECT + " where state = 'PUBLISHED' and school_path like ?");
        if (q.risk() != null && !q.risk().isBlank()) {
            sql.append(" and ? = any(risk_codes)");
            args.add(q.risk());
        }
        if (q.subject() != null && !q.subject().isBlank()) {
            sql.append(" and lower(subject) = lower(?)");
            args.add(q.subject().strip());
        }
        if (q.level() != null && parse(q.level()) != null) {
            sql.append(" and (level = ? or level = 'ALL')");
            args.add(q.level());
        }
        if (q.effect() != null) {
            sql.append(
                    " and (case when higher_better then value_after - value_before else value_before - value_after end) >= ?");
            args.add(q.effect());
        }
        sql.append(
                " order by (case when higher_better then value_after - value_before else value_before - value_after end) desc, title");
        return jdbc.sql(sql.toString())
                .params(args.toArray())
                .query((rs, n) -> practice(rs))
                .list();
    }

    /** Every practice of the scope's schools, any state, newest first (moderators and the schools' own). */
    List<Practice> inScope(Scope scope) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql(SELECT + " where " + scope.sqlCondition("school_path") + " order by submitted_at desc")
                .query((rs, n) -> practice(rs))
                .list();
    }

    /** The subjects the published practices of a region name. */
    List<String> subjects(OrgPath region) {
        return jdbc.sql("""
                        select distinct subject from coordination.practice where state = 'PUBLISHED' and school_path like ?
                            and subject <> '' order by 1""").param(region.likePattern()).query(String.class).list();
    }

    private static final String SELECT = """
            select id, school_id, school_path, title, subject, level, risk_codes, problem, solution, indicator, value_before,
                value_after, higher_better, state, reason, submitted_by, submitted_at, moderated_by
            from coordination.practice""";

    private static Practice practice(ResultSet rs) throws SQLException {
        var risks = Arrays.stream((Object[]) rs.getArray(7).getArray())
                .map(String.class::cast)
                .toList();
        return new Practice(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                new OrgPath(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                Practice.Level.valueOf(rs.getString(6)),
                risks,
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getBigDecimal(11),
                rs.getBigDecimal(12),
                rs.getBoolean(13),
                Practice.State.valueOf(rs.getString(14)),
                rs.getString(15),
                rs.getString(16),
                rs.getTimestamp(17).toInstant(),
                rs.getString(18));
    }

    private static String array(Set<String> values) {
        return "{"
                + String.join(
                        ",",
                        values.stream()
                                .map(v -> "\"" + v.replace("\"", "") + "\"")
                                .toList()) + "}";
    }

    private static boolean number(@Nullable BigDecimal value) {
        return value != null && value.abs().compareTo(BigDecimal.valueOf(10_000_000)) < 0;
    }

    static Practice.@Nullable Level parse(@Nullable String level) {
        if (level == null) return null;
        for (var l : Practice.Level.values()) if (l.name().equals(level)) return l;
        return null;
    }

    private static String text(@Nullable String value, int max, String key, List<String> problems) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) problems.add(key);
        return v;
    }
}
