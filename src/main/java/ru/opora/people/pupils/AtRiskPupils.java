package ru.opora.people.pupils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/**
 * The school's decisions on suggested pupils at risk: confirmed, or declined with a reason, each
 * with the basis that suggested it; a name the school adds is kept for the school's own pages only
 * and never written to the audit log (which readers above the school open).
 */
@Component
class AtRiskPupils {

    enum State {
        CONFIRMED,
        DECLINED,
        EXCLUDED
    }

    record Entry(
            UUID id,
            String code,
            String classLabel,
            AtRiskSuggestions.Category category,
            String sourceKey,
            String basis,
            State state,
            String reason,
            @Nullable String name,
            String decidedBy,
            Instant decidedAt) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AtRiskPupils(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Confirms a suggestion, or declines it with a reason; the message keys of what is wrong, or none. */
    @RequiresPermission(Permission.PUPILS_EDIT)
    @Transactional
    List<String> decide(
            OrgUnitRef school,
            AtRiskSuggestions.Suggestion s,
            boolean confirm,
            @Nullable String reason,
            int ruleVersion,
            String actor) {
        if (!confirm && (reason == null || reason.isBlank())) return List.of("pupils.decline.reason");
        int written = decideAll(school, List.of(new Decision(s, confirm, reason)), ruleVersion, actor);
        return written == 0 ? List.of("pupils.decided.already") : List.of();
    }

    /** A decision on one suggestion: a declined one carries its reason. */
    record Decision(
            AtRiskSuggestions.Suggestion suggestion,
            boolean confirm,
            @Nullable String reason) {}

    /**
     * The school's decisions in one statement (a school decides on dozens of suggestions at once);
     * those decided before are left as they are. The number written.
     */
    @RequiresPermission(Permission.PUPILS_EDIT)
    @Transactional
    int decideAll(OrgUnitRef school, List<Decision> decisions, int ruleVersion, String actor) {
        var byId = new HashMap<UUID, Decision>();
        int n = decisions.size();
        var ids = new UUID[n];
        String[][] columns = new String[7][n];
        for (int i = 0; i < n; i++) {
            var d = decisions.get(i);
            if (!d.confirm() && (d.reason() == null || d.reason().isBlank()))
                throw new IllegalArgumentException("a declined suggestion needs its reason");
            var s = d.suggestion();
            ids[i] = UUID.randomUUID();
            byId.put(ids[i], d);
            String[] row = {
                s.code(),
                s.classLabel(),
                s.category().name(),
                s.sourceKey(),
                s.basis(),
                d.confirm() ? "CONFIRMED" : "DECLINED",
                d.reason() == null ? "" : d.reason().strip()
            };
            for (int c = 0; c < row.length; c++) columns[c][i] = row[c];
        }
        var written = jdbc.sql("""
                        insert into people.at_risk_pupil (id, school_id, school_path, participant_code, class_label, category,
                            source_key, basis, rule_version, state, reason, decided_by)
                        select d.id, ?, ?, d.code, d.class_label, d.category, d.source_key, d.basis, ?, d.state, d.reason, ?
                          from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                               as d (id, code, class_label, category, source_key, basis, state, reason)
                        on conflict do nothing returning id""")
                .params(school.id(), school.path().value(), ruleVersion, actor, ids)
                .params((Object[]) columns)
                .query(UUID.class)
                .list();
        audited(school, written, byId, actor);
        return written.size();
    }

    /** The decisions written, in the audit log in one batch: the basis and the reason, never a name. */
    private void audited(OrgUnitRef school, List<UUID> written, Map<UUID, Decision> byId, String actor) {
        var changes = new ArrayList<AuditLog.Change>(written.size());
        for (UUID id : written) {
            var d = byId.get(id);
            var s = d.suggestion();
            var after = new HashMap<String, Object>();
            after.put("code", s.code());
            after.put("class", s.classLabel());
            after.put("category", s.category().name());
            after.put("state", d.confirm() ? "CONFIRMED" : "DECLINED");
            after.put("basis", s.basis());
            after.put("reason", d.reason() == null ? "" : d.reason().strip());
            changes.add(new AuditLog.Change(
                    actor, school.path(), "AT_RISK_PUPIL", id.toString(), school.name(), "CREATE", null, after));
        }
        audit.recordAll(changes);
    }

    /** A pupil the school includes itself: code, class, category and basis, as typed. */
    record Entered(
            @Nullable String code,
            @Nullable String classLabel,
            AtRiskSuggestions.@Nullable Category category,
            @Nullable String basis) {}

    /**
     * The categories a school enters itself, for what no file of Opora's shows (academic debt, a
     * commission's conclusion on special needs, social risk); absences come from the attendance file.
     */
    static final java.util.Set<AtRiskSuggestions.Category> ENTERED = java.util.EnumSet.of(
            AtRiskSuggestions.Category.LOW_ACHIEVER,
            AtRiskSuggestions.Category.OVZ,
            AtRiskSuggestions.Category.SOCIAL_RISK,
            AtRiskSuggestions.Category.OTHER);

    /**
     * Includes a pupil the school knows to be at risk for a reason no file shows (social risk,
     * other), with the basis in its own words; the message keys of what is wrong, or none.
     */
    @RequiresPermission(Permission.PUPILS_EDIT)
    @Transactional
    List<String> enter(OrgUnitRef school, Entered e, int ruleVersion, String actor) {
        String code = e.code();
        String classLabel = e.classLabel();
        var category = e.category();
        String basis = e.basis();
        var problems = new ArrayList<String>();
        if (code == null || code.isBlank() || code.strip().length() > 50) problems.add("pupils.enter.code");
        if (classLabel == null || classLabel.isBlank() || classLabel.strip().length() > 10)
            problems.add("pupils.enter.class");
        if (category == null || !ENTERED.contains(category)) problems.add("pupils.enter.category");
        if (basis == null || basis.isBlank() || basis.strip().length() > 500) problems.add("pupils.enter.basis");
        if (!problems.isEmpty()) return problems;
        var entry = new AtRiskSuggestions.Suggestion(
                code.strip(),
                ru.opora.assessments.ClassTeachers.classKey(classLabel),
                category,
                "SCHOOL:" + UUID.randomUUID(),
                basis.strip());
        return decide(school, entry, true, null, ruleVersion, actor);
    }

    /** Gives a confirmed pupil the name the school knows them by, or removes it (an empty name). */
    @RequiresPermission(Permission.PUPIL_NAMES)
    @Transactional
    void name(OrgUnitRef school, UUID entry, @Nullable String name, String actor) {
        String value = name == null || name.isBlank() ? null : name.strip();
        if (value != null && value.length() > 200) value = value.substring(0, 200);
        int changed = jdbc.sql("update people.at_risk_pupil set pupil_name = ? where id = ? and school_id = ?")
                .params(value, entry, school.id())
                .update();
        if (changed == 0) throw new ru.opora.shared.NotFound();
        // the name itself stays out of the audit: readers above the school open the log
        audit.record(new AuditLog.Change(
                actor,
                school.path(),
                "AT_RISK_PUPIL",
                entry.toString(),
                school.name(),
                "UPDATE",
                null,
                Map.of("name", value == null ? "удалено" : "задано")));
    }

    List<Entry> ofSchool(UUID schoolId) {
        return jdbc.sql("""
                        select id, participant_code, class_label, category, source_key, basis, state, reason, pupil_name,
                            decided_by, decided_at from people.at_risk_pupil where school_id = ?
                        order by state, class_label, participant_code, category""")
                .param(schoolId)
                .query((rs, n) -> new Entry(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        AtRiskSuggestions.Category.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        State.valueOf(rs.getString(7)),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getObject(11, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Per school of the scope: confirmed pupils by category (in the order of the enum), and declined
     * suggestions; read from the counts kept per school beside the entries (migration people V7).
     */
    Map<UUID, int[]> counts(Scope scope) {
        var result = new HashMap<UUID, int[]>();
        if (scope.isEmpty()) return result;
        int n = AtRiskSuggestions.Category.values().length;
        jdbc.sql("select school_id, category, state, pupils from people.at_risk_count where "
                        + scope.sqlCondition("school_path"))
                .query(rs -> {
                    int[] c = result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new int[n + 1]);
                    if (rs.getString(3).equals("CONFIRMED"))
                        c[AtRiskSuggestions.Category.valueOf(rs.getString(2)).ordinal()] += rs.getInt(4);
                    else if (rs.getString(3).equals("DECLINED")) c[n] += rs.getInt(4);
                });
        return result;
    }

    /** Codes of the school's confirmed pupils, whatever the category: one pupil counts once. */
    int confirmedPupils(UUID schoolId) {
        return jdbc.sql("select count(distinct participant_code) from people.at_risk_pupil where school_id = ?"
                        + " and state = 'CONFIRMED'")
                .param(schoolId)
                .query(Integer.class)
                .single();
    }

    static List<Entry> confirmed(List<Entry> entries) {
        var list = new ArrayList<Entry>();
        for (Entry e : entries) if (e.state() == State.CONFIRMED) list.add(e);
        return list;
    }
}
