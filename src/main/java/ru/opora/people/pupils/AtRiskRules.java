package ru.opora.people.pupils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.orgunits.OrgPath;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region's rules that suggest pupils at risk from the ВПР works Opora holds, versioned like the
 * region's other rules: version 0 is {@code people/at-risk-rules-default.json}, each save a new
 * version with its reason. They only suggest; the school decides.
 *
 * @see Rules
 */
@Component
class AtRiskRules {

    /**
     * The rules' parameters.
     *
     * @param vprMark2 a «2» in a ВПР suggests a low achiever
     * @param vprShareBelow a ВПР primary score below this per cent of the maximum suggests one too (0: off)
     * @param ovzFromResults a pupil the ВПР file marks with ОВЗ is suggested in that category
     * @param absentShare unexcused absences of at least this per cent of a quarter's lessons suggest an
     *     absentee, and two quarters in a row below it end the inclusion (0 or absent: off; versions saved
     *     before the rule existed have none)
     * @param journalMark2 a «2» the ВПР file gives as the pupil's term mark (отметка по журналу) suggests a
     *     low achiever (absent in versions saved before the rule existed: off)
     */
    record Rules(
            boolean vprMark2,
            int vprShareBelow,
            boolean ovzFromResults,
            @Nullable Integer absentShare,
            @Nullable Boolean journalMark2) {

        public boolean journalMark2On() {
            return Boolean.TRUE.equals(journalMark2);
        }

        public int absentShareOrOff() {
            return absentShare == null ? 0 : absentShare;
        }
    }

    record Version(int number, Rules rules, String reason) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Version defaults;

    AtRiskRules(JdbcClient jdbc, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        try (var in = new ClassPathResource("people/at-risk-rules-default.json").getInputStream()) {
            this.defaults = new Version(0, json.readValue(in, Rules.class), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Version current(UUID regionId) {
        return jdbc.sql("""
                        select version, rules::text, reason from people.at_risk_rule where region_id = ?
                        order by version desc limit 1""")
                .param(regionId)
                .query((rs, n) ->
                        new Version(rs.getInt(1), json.readValue(rs.getString(2), Rules.class), rs.getString(3)))
                .optional()
                .orElse(defaults);
    }

    /** Saves the region's next version; the message keys of what is wrong, or none. */
    @Transactional
    List<String> save(OrgPath region, Rules rules, @Nullable String reason, String actor) {
        var problems = new ArrayList<String>();
        if (rules.vprShareBelow() < 0 || rules.vprShareBelow() > 100) problems.add("pupils.rules.share");
        if (rules.absentShareOrOff() < 0 || rules.absentShareOrOff() > 100)
            problems.add("pupils.rules.absentShare.invalid");
        if (reason == null || reason.isBlank()) problems.add("pupils.rules.reason");
        if (!problems.isEmpty()) return problems;
        int version = current(region.regionId()).number() + 1;
        jdbc.sql("""
                        insert into people.at_risk_rule (region_id, version, rules, reason, created_by)
                        values (?, ?, ?::jsonb, ?, ?)""")
                .params(region.regionId(), version, json.writeValueAsString(rules), reason.strip(), actor)
                .update();
        var after = new java.util.HashMap<String, Object>();
        after.put("version", version);
        after.put("rules", json.writeValueAsString(rules));
        after.put("reason", reason.strip());
        audit.record(new AuditLog.Change(
                actor, region, "AT_RISK_RULES", region.regionId().toString(), "v" + version, "CREATE", null, after));
        return List.of();
    }
}
