package ru.opora.risk.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.risk.engine.AnswerType;
import ru.opora.risk.engine.Item;
import ru.opora.risk.engine.Questionnaire;
import ru.opora.risk.engine.QuestionnaireKind;
import ru.opora.risk.engine.Variables;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cohort's four questionnaires. A cohort's first use copies the previous cohort's items, or the
 * shipped ones; a region admin edits the items, and every save raises the version and is audited.
 */
@Component
class Questionnaires {

    /** The shipped questionnaires' shape in {@code risk/questionnaires-default.json}. */
    record Shipped(QuestionnaireKind kind, String title, List<Item> items) {}

    private static final Pattern OPTION_CODE = Pattern.compile("[a-z0-9]{1,20}");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;

    Questionnaires(JdbcClient jdbc, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    /**
     * The cohort's questionnaires as a reader sees them, storing nothing: the cohort's own, else the
     * previous cohort's, else the shipped ones (a GET never creates a cohort's data, issue #15).
     */
    @Transactional(readOnly = true)
    List<Questionnaire> forCohort(UUID regionId, int year) {
        var found = read(regionId, year);
        if (found.size() == QuestionnaireKind.values().length) return found;
        var byKind = new java.util.EnumMap<QuestionnaireKind, Questionnaire>(QuestionnaireKind.class);
        for (Shipped s : shipped()) byKind.put(s.kind(), new Questionnaire(s.kind(), s.title(), 1, s.items()));
        jdbc.sql("""
                        select max(cohort_year) from risk.questionnaire where region_id = ? and cohort_year < ?""")
                .params(regionId, year)
                .query(Integer.class)
                .optional()
                .ifPresent(previous -> read(regionId, previous)
                        .forEach(q -> byKind.put(q.kind(), new Questionnaire(q.kind(), q.title(), 1, q.items()))));
        found.forEach(q -> byKind.put(q.kind(), q));
        return List.copyOf(byKind.values());
    }

    /** Stores the cohort's questionnaires as {@link #forCohort} shows them, before the first change. */
    @Transactional
    List<Questionnaire> open(UUID regionId, int year) {
        var found = read(regionId, year);
        if (found.size() == QuestionnaireKind.values().length) return found;
        jdbc.sql("select pg_advisory_xact_lock(hashtext('risk.questionnaire'), hashtext(?))")
                .param(regionId + "/" + year)
                .query()
                .singleValue();
        var previousYear = jdbc.sql(
                        "select max(cohort_year) from risk.questionnaire where region_id = ? and cohort_year < ?")
                .params(regionId, year)
                .query(Integer.class)
                .optional();
        if (previousYear.isPresent()) {
            jdbc.sql("""
                            insert into risk.questionnaire (region_id, cohort_year, kind, title, version, items, updated_by)
                            select region_id, ?, kind, title, 1, items, 'system' from risk.questionnaire
                            where region_id = ? and cohort_year = ? on conflict do nothing""").params(year, regionId, previousYear.get()).update();
        }
        for (Shipped s : shipped())
            jdbc.sql("""
                            insert into risk.questionnaire (region_id, cohort_year, kind, title, items, updated_by)
                            values (?, ?, ?, ?, cast(? as jsonb), 'system') on conflict do nothing""")
                    .params(regionId, year, s.kind().name(), s.title(), json.writeValueAsString(s.items()))
                    .update();
        return read(regionId, year);
    }

    Questionnaire of(UUID regionId, int year, QuestionnaireKind kind) {
        return forCohort(regionId, year).stream()
                .filter(q -> q.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    Set<String> variableNames(UUID regionId, int year) {
        return Variables.names(forCohort(regionId, year));
    }

    /** The message keys of what is wrong with the items; empty when they can be saved. */
    static List<String> check(QuestionnaireKind kind, List<Item> items) {
        var problems = new ArrayList<String>();
        var codes = new HashSet<String>();
        Pattern code = Pattern.compile(Pattern.quote(kind.prefix()) + "[A-Za-z0-9]{1,10}");
        for (Item i : items) {
            String where = i.code().isBlank() ? "?" : i.code();
            if (!code.matcher(i.code()).matches()) problems.add("risk.item.error.code|" + where + "|" + kind.prefix());
            else if (!codes.add(i.code())) problems.add("risk.item.error.duplicate|" + where + "|");
            if (i.text().isBlank()) problems.add("risk.item.error.text|" + where + "|");
            switch (i.answerType()) {
                case SINGLE, MULTI -> {
                    var optionCodes = new HashSet<String>();
                    for (Item.Option o : i.options())
                        if (!OPTION_CODE.matcher(o.code()).matches()
                                || !optionCodes.add(o.code())
                                || o.label().isBlank())
                            problems.add("risk.item.error.option|" + where + "|" + o.code());
                    if (i.options().size() < 2) problems.add("risk.item.error.options|" + where + "|");
                }
                case NUMBER, SCALE -> {
                    if (!(i.min() < i.max())) problems.add("risk.item.error.range|" + where + "|");
                    if (i.answerType() == AnswerType.SCALE && i.max() - i.min() > 10)
                        problems.add("risk.item.error.scale|" + where + "|");
                }
                case TEXT -> {
                    // nothing to check beyond the text
                }
            }
        }
        return problems;
    }

    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    Questionnaire save(Cohort cohort, QuestionnaireKind kind, String title, List<Item> items, String actor) {
        UUID regionId = cohort.regionId();
        int year = cohort.year();
        open(regionId, year);
        var before = of(regionId, year, kind);
        var problems = check(kind, items);
        if (title.isBlank()) problems = append(problems, "risk.item.error.title||");
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("\n", problems));
        String content = json.writeValueAsString(items);
        jdbc.sql("""
                        update risk.questionnaire set title = ?, items = cast(? as jsonb), version = version + 1,
                            updated_by = ?, updated_at = now() where region_id = ? and cohort_year = ? and kind = ?""")
                .params(title.strip(), content, actor, regionId, year, kind.name())
                .update();
        audit.record(new AuditLog.Change(
                actor,
                cohort.regionPath(),
                "QUESTIONNAIRE",
                regionId + "/" + year + "/" + kind,
                kind + " " + year,
                "UPDATE",
                Map.of("version", before.version(), "items", json.writeValueAsString(before.items())),
                Map.of("version", before.version() + 1, "items", content)));
        return of(regionId, year, kind);
    }

    private static List<String> append(List<String> list, String more) {
        var result = new ArrayList<>(list);
        result.add(more);
        return result;
    }

    private List<Questionnaire> read(UUID regionId, int year) {
        return jdbc.sql("""
                        select kind, title, version, items::text from risk.questionnaire
                        where region_id = ? and cohort_year = ?
                        order by array_position(array['DIRECTOR', 'TEACHER', 'STUDENT', 'PARENT'], kind)""")
                .params(regionId, year)
                .query((rs, n) -> new Questionnaire(
                        QuestionnaireKind.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getInt(3),
                        json.readValue(rs.getString(4), new TypeReference<List<Item>>() {})))
                .list();
    }

    private List<Shipped> shipped() {
        try (InputStream in = Questionnaires.class.getResourceAsStream("/risk/questionnaires-default.json")) {
            if (in == null) throw new IllegalStateException("risk/questionnaires-default.json is missing");
            return json.readValue(in, new TypeReference<List<Shipped>>() {});
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
