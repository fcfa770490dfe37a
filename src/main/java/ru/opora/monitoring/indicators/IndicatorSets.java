package ru.opora.monitoring.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.shared.formula.Formula;
import ru.opora.shared.formula.FormulaProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of each region's monitoring indicators (decision 0010): saving adds a version with
 * its reason; version 0 is the shipped default ({@code monitoring/indicators-default.json}).
 */
@Component
public class IndicatorSets {

    /** One version; {@code createdAt} is null for the default. */
    public record Version(
            int number,
            List<Indicator> indicators,
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
    private final IndicatorFigures figures;
    private final List<Indicator> defaults;

    IndicatorSets(JdbcClient jdbc, JsonMapper json, AuditLog audit, IndicatorFigures figures) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.figures = figures;
        try (var in = new ClassPathResource("monitoring/indicators-default.json").getInputStream()) {
            this.defaults = List.of(json.readValue(in, Indicator[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Version current(UUID regionId) {
        return history(regionId).getFirst();
    }

    /** Newest first, ending with the default. */
    public List<Version> history(UUID regionId) {
        var versions = new ArrayList<>(jdbc.sql("""
                        select version, indicators::text as indicators, reason, created_by, created_at
                        from monitoring.indicator_set where region_id = ? order by version desc""")
                .param(regionId)
                .query((rs, n) -> new Version(
                        rs.getInt("version"),
                        List.of(json.readValue(rs.getString("indicators"), Indicator[].class)),
                        rs.getString("reason"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list());
        versions.add(new Version(0, defaults, "", "", null));
        return versions;
    }

    /**
     * What is wrong with an indicator, as message keys with their detail; empty when it can be
     * saved. A formula must compile over the figures that exist and give a number.
     */
    public List<Problem> problems(Indicator i) {
        var problems = new ArrayList<Problem>();
        if (!i.code().matches("[A-Z][A-Z0-9_]{0,19}"))
            problems.add(new Problem("monitoring.indicator.error.code", i.code()));
        if (i.name().isBlank()) problems.add(new Problem("monitoring.indicator.error.name", ""));
        if (i.target() != null && !i.unit().admits(i.target()))
            problems.add(new Problem("monitoring.indicator.error.target", String.valueOf(i.target())));
        if (i.computed()) {
            try {
                Formula.checkForSaving(i.formula(), figures.names(i.level()));
            } catch (FormulaProblem p) {
                problems.add(new Problem("risk.formula." + p.kind(), p.detail()));
            }
        }
        if (!i.ofSchool() && !i.computed())
            problems.add(new Problem("monitoring.indicator.error.areaEntered", i.code()));
        if (i.mechanismPosition() != null && (i.mechanismPosition() < 1 || i.mechanismPosition() > 9))
            problems.add(new Problem("monitoring.indicator.error.position", String.valueOf(i.mechanismPosition())));
        return problems;
    }

    /** A problem's message key and the detail it names. */
    public record Problem(String key, String detail) {}

    /** Saves the set with {@code indicator} added, or replacing the one of its code, as the next version. */
    @RequiresPermission(Permission.MONITORING_MANAGE)
    @Transactional
    public Version save(OrgPath regionPath, Indicator indicator, String reason, String actor) {
        if (!problems(indicator).isEmpty() || reason.isBlank())
            throw new IllegalArgumentException("checked by the page");
        UUID regionId = regionPath.regionId();
        jdbc.sql("select pg_advisory_xact_lock(hashtext('indicator_set'), hashtext(?))")
                .param(regionId.toString())
                .query()
                .singleValue();
        var before = current(regionId);
        var indicators = new ArrayList<Indicator>();
        boolean replaced = false;
        for (Indicator i : before.indicators()) {
            if (i.code().equals(indicator.code())) {
                indicators.add(indicator);
                replaced = true;
            } else indicators.add(i);
        }
        if (!replaced) indicators.add(indicator);
        int number = before.number() + 1;
        String text = json.writeValueAsString(indicators);
        jdbc.sql("""
                        insert into monitoring.indicator_set (region_id, version, indicators, reason, created_by)
                        values (?, ?, cast(? as jsonb), ?, ?)""").params(regionId, number, text, reason.strip(), actor).update();
        audit.record(new AuditLog.Change(
                actor,
                regionPath,
                "MONITORING_INDICATORS",
                regionId.toString(),
                "v" + number + " " + indicator.code(),
                replaced ? "UPDATE" : "CREATE",
                Map.of("version", before.number()),
                Map.of("version", number, "indicator", json.writeValueAsString(indicator), "reason", reason.strip())));
        return current(regionId);
    }
}
