package ru.opora.risk.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
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
import ru.opora.orgunits.OrgPath;
import ru.opora.risk.engine.Factor;
import ru.opora.risk.engine.Indicator;
import ru.opora.risk.engine.RiskCatalogue;
import ru.opora.shared.formula.Formula;
import ru.opora.shared.formula.FormulaProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of a region's risk-factor catalogue per cohort (decision 0011). A cohort's first
 * version copies the newest version of the previous cohort, or the shipped default; saving adds a
 * version with its reason after every formula has been checked.
 */
@Component
public class Catalogues {

    /** One version of a cohort's catalogue. */
    public record Version(int number, RiskCatalogue catalogue, String reason, String author, Instant createdAt) {}

    /** A problem that keeps a catalogue from being saved: where it is and the formula's problem, if any. */
    record Problem(String factorCode, String indicatorCode, String messageKey, String detail) {}

    static final class Rejected extends RuntimeException {
        private final transient List<Problem> problems;

        Rejected(List<Problem> problems) {
            super("catalogue rejected: " + problems);
            this.problems = List.copyOf(problems);
        }

        List<Problem> problems() {
            return problems;
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Questionnaires questionnaires;
    private final java.time.Clock clock;

    Catalogues(JdbcClient jdbc, JsonMapper json, AuditLog audit, Questionnaires questionnaires, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /**
     * The cohort's newest version; for a cohort not yet opened, the version it would open with,
     * numbered 0 and stored nowhere: a page never creates a cohort's catalogue (issue #15, M2).
     */
    @Transactional(readOnly = true)
    public Version current(UUID regionId, int year) {
        var history = history(regionId, year);
        if (!history.isEmpty()) return history.getFirst();
        var previous = previous(regionId, year);
        return new Version(
                0,
                json.readValue(previous.map(Map.Entry::getKey).orElseGet(Catalogues::shipped), RiskCatalogue.class),
                previous.map(p -> "copy:" + p.getValue()).orElse("default"),
                "system",
                clock.instant());
    }

    /**
     * Opens the cohort: stores its first version, copied from the previous cohort or the default,
     * unless it has one. Saving a catalogue and computing profiles open the cohort they work in.
     */
    @Transactional
    public Version open(UUID regionId, int year) {
        var history = history(regionId, year);
        if (!history.isEmpty()) return history.getFirst();
        lock(regionId, year);
        history = history(regionId, year);
        if (!history.isEmpty()) return history.getFirst();
        var previous = previous(regionId, year);
        String content = previous.map(Map.Entry::getKey).orElseGet(Catalogues::shipped);
        String reason = previous.map(p -> "copy:" + p.getValue()).orElse("default");
        insert(regionId, year, 1, content, reason, "system");
        return history(regionId, year).getFirst();
    }

    /** The newest catalogue of an earlier cohort and its year. */
    private java.util.Optional<Map.Entry<String, Integer>> previous(UUID regionId, int year) {
        return jdbc.sql("""
                        select content::text, cohort_year from risk.catalogue where region_id = ? and cohort_year < ?
                        order by cohort_year desc, version desc limit 1""")
                .params(regionId, year)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .optional();
    }

    /**
     * The catalogue a reader of the year sees, stored nothing: the year's own, else the newest of an
     * earlier cohort, else the shipped one. Reads never create a cohort's catalogue (issue #15, M2).
     */
    @Transactional(readOnly = true)
    public RiskCatalogue inForce(UUID regionId, int year) {
        return jdbc.sql("""
                        select content::text from risk.catalogue where region_id = ? and cohort_year <= ?
                        order by cohort_year desc, version desc limit 1""")
                .params(regionId, year)
                .query(String.class)
                .optional()
                .map(content -> json.readValue(content, RiskCatalogue.class))
                .orElseGet(() -> json.readValue(shipped(), RiskCatalogue.class));
    }

    /** Newest first. */
    List<Version> history(UUID regionId, int year) {
        return jdbc.sql("""
                        select version, content::text, reason, created_by, created_at from risk.catalogue
                        where region_id = ? and cohort_year = ? order by version desc""")
                .params(regionId, year)
                .query((rs, n) -> new Version(
                        rs.getInt(1),
                        json.readValue(rs.getString(2), RiskCatalogue.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Every problem that would keep the catalogue from being saved; empty when it can be. */
    List<Problem> check(UUID regionId, int year, RiskCatalogue catalogue) {
        var problems = new ArrayList<Problem>();
        if (!(catalogue.levelMedium() > 0
                && catalogue.levelMedium() < catalogue.levelHigh()
                && catalogue.levelHigh() <= 1)) problems.add(new Problem("", "", "risk.catalogue.error.limits", ""));
        if (catalogue.maxSelected() < 1 || catalogue.maxSelected() > 11)
            problems.add(new Problem("", "", "risk.catalogue.error.maxSelected", ""));
        var known = questionnaires.variableNames(regionId, year);
        for (Factor f : catalogue.factors()) {
            if (f.code().isBlank() || f.nameRu().isBlank())
                problems.add(new Problem(f.code(), "", "risk.catalogue.error.factorName", ""));
            var codes = new java.util.HashSet<String>();
            for (Indicator i : f.indicators()) {
                if (i.code().isBlank() || !codes.add(i.code()))
                    problems.add(new Problem(f.code(), i.code(), "risk.catalogue.error.indicatorCode", ""));
                if (i.name().isBlank())
                    problems.add(new Problem(f.code(), i.code(), "risk.catalogue.error.indicatorName", ""));
                if (!(i.weight() > 0) || i.weight() > 100 || Double.isNaN(i.threshold()))
                    problems.add(new Problem(f.code(), i.code(), "risk.catalogue.error.weight", ""));
                try {
                    Formula.checkForSaving(i.formula(), known);
                } catch (FormulaProblem p) {
                    problems.add(new Problem(f.code(), i.code(), p.messageKey(), p.detail()));
                }
            }
        }
        return problems;
    }

    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    Version save(Cohort cohort, RiskCatalogue catalogue, String reason, String actor) {
        UUID regionId = cohort.regionId();
        OrgPath regionPath = cohort.regionPath();
        int year = cohort.year();
        var problems = new ArrayList<>(check(regionId, year, catalogue));
        if (reason.isBlank()) problems.add(new Problem("", "", "risk.catalogue.error.reason", ""));
        if (!problems.isEmpty()) throw new Rejected(problems);
        Version before = open(regionId, year);
        lock(regionId, year);
        int number = history(regionId, year).getFirst().number() + 1;
        String content = json.writeValueAsString(catalogue);
        insert(regionId, year, number, content, reason.strip(), actor);
        audit.record(new AuditLog.Change(
                actor,
                regionPath,
                "RISK_CATALOGUE",
                regionId + "/" + year,
                year + " v" + number,
                "UPDATE",
                Map.of("version", before.number(), "content", json.writeValueAsString(before.catalogue())),
                Map.of("version", number, "content", content, "reason", reason.strip())));
        return history(regionId, year).getFirst();
    }

    /** Cohort years with a catalogue in the region, newest first. */
    List<Integer> years(UUID regionId) {
        return jdbc.sql("select distinct cohort_year from risk.catalogue where region_id = ? order by 1 desc")
                .param(regionId)
                .query(Integer.class)
                .list();
    }

    private void insert(UUID regionId, int year, int version, String content, String reason, String actor) {
        jdbc.sql("""
                        insert into risk.catalogue (region_id, cohort_year, version, content, reason, created_by)
                        values (?, ?, ?, cast(? as jsonb), ?, ?)""").params(regionId, year, version, content, reason, actor).update();
    }

    private void lock(UUID regionId, int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('risk.catalogue'), hashtext(?))")
                .param(regionId + "/" + year)
                .query()
                .singleValue();
    }

    static String shipped() {
        try (InputStream in = Catalogues.class.getResourceAsStream("/risk/catalogue-default.json")) {
            if (in == null) throw new IllegalStateException("risk/catalogue-default.json is missing");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static @Nullable Factor factor(RiskCatalogue catalogue, String code) {
        return catalogue.factor(code).orElse(null);
    }
}
