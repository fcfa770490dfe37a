package ru.opora.monitoring.campaigns;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import ru.opora.monitoring.indicators.Indicator;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/**
 * The values of a campaign: the school enters them with evidence while the campaign is open (all
 * or nothing, each problem named), the curator or the municipality confirms or returns each with a
 * comment, and a returned value goes back to the school.
 */
@Component
public class CampaignValues {

    /** One stored value. */
    public record Value(
            UUID schoolId,
            String indicator,
            double value,
            boolean computed,
            @Nullable String evidenceUrl,
            @Nullable String evidenceFileName,
            Status status,
            @Nullable String comment,
            String enteredBy,
            @Nullable String reviewedBy) {}

    /** §8.4: entered → confirmed or rejected (→ entered again). */
    public enum Status {
        ENTERED,
        CONFIRMED,
        REJECTED
    }

    /** A value as the school typed it, with the file it uploaded for it (null when none). */
    record Typed(
            @Nullable String value,
            @Nullable String evidence,
            @Nullable EvidenceFile file) {

        Typed(@Nullable String value, @Nullable String evidence) {
            this(value, evidence, null);
        }

        Typed with(EvidenceFile f) {
            return new Typed(value, evidence, f);
        }
    }

    /** A stored evidence file: the name Opora gave it and the name it was uploaded under. */
    record EvidenceFile(String storedName, String name) {}

    /** A reviewer's decision on one value, with an optional comment. */
    record Review(
            String indicator, Status decision, @Nullable String comment) {
        String text() {
            return comment == null ? "" : comment.strip();
        }
    }

    /** A problem of the typed form: the indicator's name, the message key and the text as typed. */
    record Problem(String indicator, String key, String typed) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final CampaignTitles titles;

    CampaignValues(
            JdbcClient jdbc,
            AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events,
            CampaignTitles titles) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.titles = titles;
    }

    /** The values of the campaign's schools in the scope, by school and indicator. */
    public Map<UUID, Map<String, Value>> of(Campaign c, Scope scope) {
        var values = new LinkedHashMap<UUID, Map<String, Value>>();
        if (scope.isEmpty()) return values;
        jdbc.sql("""
                        select school_id, indicator, value, computed, evidence_url, evidence_file_name, status, comment,
                            entered_by, reviewed_by
                        from monitoring.indicator_value where campaign_id = ? and """ + scope.sqlCondition("school_path"))
                .params(c.id())
                .query((rs, n) -> new Value(
                        rs.getObject("school_id", UUID.class),
                        rs.getString("indicator"),
                        rs.getBigDecimal("value").doubleValue(),
                        rs.getBoolean("computed"),
                        rs.getString("evidence_url"),
                        rs.getString("evidence_file_name"),
                        Status.valueOf(rs.getString("status")),
                        rs.getString("comment"),
                        rs.getString("entered_by"),
                        rs.getString("reviewed_by")))
                .list()
                .forEach(v -> values.computeIfAbsent(v.schoolId(), k -> new LinkedHashMap<>())
                        .put(v.indicator(), v));
        return values;
    }

    /**
     * What is wrong with the typed values: a number outside the indicator's unit, a link that is not
     * a web address. Blank fields are left as they are; a confirmed value cannot be changed.
     */
    List<Problem> problems(Campaign c, Map<String, Typed> typed, Map<String, Value> stored) {
        var problems = new ArrayList<Problem>();
        for (Indicator i : c.indicators()) {
            var t = typed.get(i.code());
            if (i.computed() || t == null || t.value() == null || t.value().isBlank()) continue;
            var existing = stored.get(i.code());
            if (existing != null
                    && existing.status() == Status.CONFIRMED
                    && parse(t.value()) != null
                    && parse(t.value()) != existing.value())
                problems.add(new Problem(i.name(), "monitoring.value.error.confirmed", t.value()));
            Double value = parse(t.value());
            if (value == null) problems.add(new Problem(i.name(), "monitoring.value.error.number", t.value()));
            else if (!i.unit().admits(value))
                problems.add(new Problem(i.name(), "monitoring.value.error.unit." + i.unit(), t.value()));
            if (t.evidence() != null && !t.evidence().isBlank() && !webAddress(t.evidence()))
                problems.add(new Problem(i.name(), "monitoring.value.error.evidence", t.evidence()));
        }
        return problems;
    }

    /** Saves the typed values of a school, all or nothing; a changed value is entered anew. */
    @RequiresPermission(Permission.MONITORING_ENTER)
    @Transactional
    void enter(Campaign c, UUID school, OrgPath schoolPath, Map<String, Typed> typed, String actor) {
        var stored = of(c, Scope.of(schoolPath)).getOrDefault(school, Map.of());
        if (!c.open() || !problems(c, typed, stored).isEmpty()) throw new IllegalStateException("checked by the page");
        write(c, school, schoolPath, typed, stored, actor);
    }

    /** A value entered anew: its file is kept unless another is uploaded, its review starts again. */
    private static final String UPSERT = """
            insert into monitoring.indicator_value
                (campaign_id, school_id, school_path, indicator, value, computed, evidence_url, evidence_file,
                 evidence_file_name, status, entered_by)
            values (?, ?, ?, ?, ?, false, ?, ?, ?, 'ENTERED', ?)
            on conflict (campaign_id, school_id, indicator) do update set value = excluded.value,
                evidence_url = excluded.evidence_url,
                evidence_file = coalesce(excluded.evidence_file, indicator_value.evidence_file),
                evidence_file_name = coalesce(excluded.evidence_file_name, indicator_value.evidence_file_name),
                status = 'ENTERED', entered_by = excluded.entered_by,
                entered_at = now(), reviewed_by = null, reviewed_at = null""";

    /**
     * Writes checked values: a changed value is entered anew, a confirmed one is kept. Callers
     * check first (the form, or a file read all or nothing) and hold the permission.
     */
    int write(
            Campaign c,
            UUID school,
            OrgPath schoolPath,
            Map<String, Typed> typed,
            Map<String, Value> stored,
            String actor) {
        var changes = new LinkedHashMap<String, Object>();
        for (Indicator i : c.indicators()) {
            var t = typed.get(i.code());
            if (i.computed() || t == null || t.value() == null || t.value().isBlank()) continue;
            double value = parse(t.value());
            String evidence = t.evidence() == null || t.evidence().isBlank()
                    ? null
                    : t.evidence().strip();
            var before = stored.get(i.code());
            if (before != null
                    && before.value() == value
                    && java.util.Objects.equals(before.evidenceUrl(), evidence)
                    && t.file() == null) continue;
            if (before != null && before.status() == Status.CONFIRMED) continue;
            jdbc.sql(UPSERT)
                    .params(
                            c.id(),
                            school,
                            schoolPath.value(),
                            i.code(),
                            value,
                            evidence,
                            t.file() == null ? null : t.file().storedName(),
                            t.file() == null ? null : t.file().name(),
                            actor)
                    .update();
            changes.put(
                    i.code(), t.file() == null ? value : value + " (" + t.file().name() + ")");
        }
        if (!changes.isEmpty())
            audit.record(new AuditLog.Change(
                    actor,
                    schoolPath,
                    "MONITORING_VALUES",
                    c.id() + "/" + school,
                    c.kind() + " " + c.cohortYear(),
                    "ENTER",
                    Map.of(),
                    changes));
        return changes.size();
    }

    /** The file a school uploaded for a value, if it did. */
    java.util.Optional<EvidenceFile> evidenceFile(UUID campaign, UUID school, String indicator) {
        return jdbc.sql("""
                        select evidence_file, evidence_file_name from monitoring.indicator_value
                        where campaign_id = ? and school_id = ? and indicator = ? and evidence_file is not null""")
                .params(campaign, school, indicator)
                .query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** The curator's or the municipality's decision on one entered value. */
    @RequiresPermission(Permission.MONITORING_REVIEW)
    @Transactional
    void review(Campaign c, UUID school, OrgPath schoolPath, Review review, String actor) {
        String indicator = review.indicator();
        Status decision = review.decision();
        String comment = review.text();
        int changed = jdbc.sql("""
                        update monitoring.indicator_value set status = ?, comment = ?, reviewed_by = ?, reviewed_at = now()
                        where campaign_id = ? and school_id = ? and indicator = ? and not computed""")
                .params(decision.name(), comment.isBlank() ? null : comment.strip(), actor, c.id(), school, indicator)
                .update();
        if (changed == 0) throw new ru.opora.shared.NotFound();
        if (decision == Status.REJECTED) {
            String name = c.indicator(indicator).map(Indicator::name).orElse(indicator);
            events.publishEvent(new ru.opora.monitoring.MonitoringNotice(
                    ru.opora.monitoring.MonitoringNotice.Kind.RETURNED,
                    c.id(),
                    titles.of(c),
                    c.dueOn(),
                    List.of(school),
                    comment.isBlank() ? "«" + name + "»" : "«" + name + "»: " + comment));
        }
        audit.record(new AuditLog.Change(
                actor,
                schoolPath,
                "MONITORING_VALUES",
                c.id() + "/" + school + "/" + indicator,
                c.kind() + " " + c.cohortYear() + " " + indicator,
                "REVIEW",
                Map.of(),
                Map.of("status", decision.name(), "comment", comment)));
    }

    static @Nullable Double parse(@Nullable String text) {
        if (text == null) return null;
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.').replaceAll("[\\s\\u00a0]", ""));
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean webAddress(String text) {
        try {
            var uri = new URI(text.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && text.length() <= 2000;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
