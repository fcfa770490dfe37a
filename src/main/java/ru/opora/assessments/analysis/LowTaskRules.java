package ru.opora.assessments.analysis;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.assessments.results.LowTaskRule;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;

/**
 * The versions of each region's low-solve-rate thresholds. A change never overwrites: it adds a
 * version with its reason and author, and the pages read the newest. Version 0 is the
 * installation's default ({@code opora.results.low-task.*}, [U] in docs/domain.md §6.2 of this repository), in force until
 * a region saves its own.
 */
@Component
public class LowTaskRules {

    /** One version of a region's rule; {@code createdAt} is null for the installation's default. */
    public record Version(
            int number,
            LowTaskRule rule,
            String reason,
            String author,
            @Nullable Instant createdAt) {

        public boolean isDefault() {
            return number == 0;
        }

        /** When it was saved, in the region's time zone. */
        public String time() {
            return ru.opora.shared.Formats.dateTime(createdAt);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Version defaults;

    LowTaskRules(
            JdbcClient jdbc,
            AuditLog audit,
            @Value("${opora.results.low-task.absolute:50}") double absolute,
            @Value("${opora.results.low-task.gap-below-region:15}") double gap,
            @Value("${opora.results.low-task.min-group:10}") int minGroup) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.defaults = new Version(0, new LowTaskRule(absolute, gap, minGroup), "", "", null);
    }

    /** The rule in force for the region of an org unit. */
    public Version forPath(OrgPath path) {
        return current(path.regionId());
    }

    public Version current(UUID regionId) {
        return jdbc.sql("""
                        select version, absolute_threshold, gap_below_region, min_group, reason, created_by, created_at
                        from assessments.low_task_rule where region_id = ? order by version desc limit 1""")
                .param(regionId)
                .query(LowTaskRules::version)
                .optional()
                .orElse(defaults);
    }

    /** Every version, newest first, ending with the default. */
    public List<Version> history(UUID regionId) {
        var versions = new ArrayList<>(
                jdbc.sql("""
                        select version, absolute_threshold, gap_below_region, min_group, reason, created_by, created_at
                        from assessments.low_task_rule where region_id = ? order by version desc""").param(regionId).query(LowTaskRules::version).list());
        versions.add(defaults);
        return versions;
    }

    /** Saves a new version; the number is taken under a row lock so that two admins saving at once get 1 and 2, not 1 twice. */
    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    public Version save(OrgPath regionPath, LowTaskRule rule, String reason, String actor) {
        UUID regionId = regionPath.regionId();
        jdbc.sql("select pg_advisory_xact_lock(hashtext('low_task_rule'), hashtext(?))")
                .param(regionId.toString())
                .query()
                .singleValue();
        Version before = current(regionId);
        int number = before.number() + 1;
        jdbc.sql("""
                        insert into assessments.low_task_rule
                            (region_id, version, absolute_threshold, gap_below_region, min_group, reason, created_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        regionId,
                        number,
                        rule.absoluteThreshold(),
                        rule.gapBelowRegion(),
                        rule.minGroup(),
                        reason.strip(),
                        actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                regionPath,
                "LOW_TASK_RULE",
                regionId.toString(),
                "v" + number,
                "UPDATE",
                state(before),
                state(new Version(number, rule, reason.strip(), actor, null))));
        return current(regionId);
    }

    private static Map<String, Object> state(Version v) {
        var state = new LinkedHashMap<String, Object>();
        state.put("version", v.number());
        state.put("absoluteThreshold", v.rule().absoluteThreshold());
        state.put("gapBelowRegion", v.rule().gapBelowRegion());
        state.put("minGroup", v.rule().minGroup());
        state.put("reason", v.reason());
        return state;
    }

    private static Version version(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        BigDecimal absolute = rs.getBigDecimal("absolute_threshold");
        BigDecimal gap = rs.getBigDecimal("gap_below_region");
        return new Version(
                rs.getInt("version"),
                new LowTaskRule(absolute.doubleValue(), gap.doubleValue(), rs.getInt("min_group")),
                rs.getString("reason"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
