package ru.opora.identification.runs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identification.engine.RuleSet;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of each region's identification rule set (decision 0010): saving adds a version
 * with its reason; version 0 is the defaults of docs/domain.md §6.5–6.6.
 */
@Component
public class RuleSets {

    /** One version; {@code createdAt} is null for the defaults. */
    public record Version(
            int number,
            RuleSet rules,
            String reason,
            String author,
            @Nullable Instant createdAt) {
        public boolean isDefault() {
            return number == 0;
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;

    RuleSets(JdbcClient jdbc, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    public Version current(UUID regionId) {
        var history = history(regionId);
        return history.getFirst();
    }

    /** Newest first, ending with the defaults. */
    List<Version> history(UUID regionId) {
        var versions = new ArrayList<>(jdbc.sql("""
                        select version, params::text as params, reason, created_by, created_at from identification.rule_set
                        where region_id = ? order by version desc""")
                .param(regionId)
                .query((rs, n) -> new Version(
                        rs.getInt("version"),
                        json.readValue(rs.getString("params"), RuleSet.class),
                        rs.getString("reason"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list());
        versions.add(new Version(0, RuleSet.defaults(), "", "", null));
        return versions;
    }

    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    Version save(UUID regionId, OrgPath regionPath, RuleSet rules, String reason, String actor) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('rule_set'), hashtext(?))")
                .param(regionId.toString())
                .query()
                .singleValue();
        Version before = current(regionId);
        int number = before.number() + 1;
        String params = json.writeValueAsString(rules);
        jdbc.sql("""
                        insert into identification.rule_set (region_id, version, params, reason, created_by)
                        values (?, ?, cast(? as jsonb), ?, ?)""").params(regionId, number, params, reason.strip(), actor).update();
        audit.record(new AuditLog.Change(
                actor,
                regionPath,
                "IDENTIFICATION_RULES",
                regionId.toString(),
                "v" + number,
                "UPDATE",
                Map.of("version", before.number(), "params", json.writeValueAsString(before.rules())),
                Map.of("version", number, "params", params, "reason", reason.strip())));
        return current(regionId);
    }
}
