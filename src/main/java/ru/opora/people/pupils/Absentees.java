package ru.opora.people.pupils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.identity.AuditLog;
import ru.opora.orgunits.OrgUnitRef;

/**
 * Absentees from the loaded attendance: a pupil whose unexcused absences in a quarter reach the
 * region's share of its lessons is suggested (the latest such quarter is the basis); a confirmed
 * absentee whose two latest quarters after the one that put them on the list are both below it
 * leaves the list, with those quarters as the reason.
 */
@Component
class Absentees {

    /** One pupil's quarter: the key orders quarters («2025-1» before «2025-2» before «2026-1»). */
    record Quarter(String code, String classLabel, int year, int quarter, int lessons, int unexcused) {

        int order() {
            return year * 10 + quarter;
        }

        boolean absent(int share) {
            return share > 0 && 100L * unexcused >= (long) share * lessons;
        }
    }

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final JdbcClient jdbc;
    private final AtRiskRules rules;
    private final MessageSource messages;
    private final AuditLog audit;

    Absentees(JdbcClient jdbc, AtRiskRules rules, MessageSource messages, AuditLog audit) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.messages = messages;
        this.audit = audit;
    }

    /** The school's pupils to suggest as absentees: not on the list as one already. */
    List<AtRiskSuggestions.Suggestion> suggestions(OrgUnitRef school, int share) {
        if (share <= 0) return List.of();
        var listed = new java.util.HashSet<>(
                jdbc.sql("""
                        select participant_code from people.at_risk_pupil where school_id = ? and category = 'ABSENTEE'
                            and state = 'CONFIRMED'""").param(school.id()).query(String.class).list());
        var latest = new LinkedHashMap<String, Quarter>();
        for (Quarter q : quarters(school.id()))
            if (q.absent(share) && !listed.contains(q.code())) latest.put(q.code(), q);
        var result = new ArrayList<AtRiskSuggestions.Suggestion>();
        for (Quarter q : latest.values())
            result.add(new AtRiskSuggestions.Suggestion(
                    q.code(), q.classLabel(), AtRiskSuggestions.Category.ABSENTEE, key(q), basis(q)));
        return result;
    }

    /** Ends the inclusion of confirmed absentees with two quarters in a row below the share since. */
    void excludeRecovered(OrgUnitRef school, String actor) {
        int share = rules.current(school.path().regionId()).rules().absentShareOrOff();
        if (share <= 0) return;
        var byCode = new HashMap<String, List<Quarter>>();
        for (Quarter q : quarters(school.id()))
            byCode.computeIfAbsent(q.code(), k -> new ArrayList<>()).add(q);
        var entries = jdbc.sql("""
                        select id, participant_code, source_key from people.at_risk_pupil where school_id = ?
                            and category = 'ABSENTEE' and state = 'CONFIRMED' and source_key like 'ATT:%'""")
                .param(school.id())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        for (String[] e : entries) {
            int since = Integer.parseInt(e[2].substring(4).replace("-", ""));
            var after = byCode.getOrDefault(e[1], List.of()).stream()
                    .filter(q -> q.order() > since)
                    .toList();
            if (after.size() < 2) continue;
            var last = after.subList(after.size() - 2, after.size());
            if (last.stream().anyMatch(q -> q.absent(share))) continue;
            String reason = messages.getMessage(
                    "pupils.excluded.absent", new Object[] {basis(last.get(0)), basis(last.get(1))}, RU);
            jdbc.sql("update people.at_risk_pupil set state = 'EXCLUDED', reason = ?, decided_by = ?,"
                            + " decided_at = now() where id = ?")
                    .params(reason, actor, UUID.fromString(e[0]))
                    .update();
            audit.record(new AuditLog.Change(
                    actor,
                    school.path(),
                    "AT_RISK_PUPIL",
                    e[0],
                    school.name(),
                    "UPDATE",
                    Map.of("state", "CONFIRMED"),
                    Map.of("code", e[1], "state", "EXCLUDED", "reason", reason)));
        }
    }

    private List<Quarter> quarters(UUID school) {
        return jdbc.sql("""
                        select participant_code, class_label, school_year, quarter, lessons, unexcused from people.attendance
                        where school_id = ? order by participant_code, school_year, quarter""")
                .param(school)
                .query((rs, n) -> new Quarter(
                        rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    static String key(Quarter q) {
        return "ATT:" + q.year() + "-" + q.quarter();
    }

    private String basis(Quarter q) {
        return messages.getMessage(
                "pupils.basis.absent",
                new Object[] {
                    q.unexcused(),
                    q.lessons(),
                    Math.round(100.0 * q.unexcused() / q.lessons()),
                    q.year() + "/" + String.format("%02d", (q.year() + 1) % 100),
                    q.quarter()
                },
                RU);
    }
}
