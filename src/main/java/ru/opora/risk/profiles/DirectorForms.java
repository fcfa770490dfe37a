package ru.opora.risk.profiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.risk.engine.Item;
import ru.opora.risk.engine.Questionnaire;
import ru.opora.risk.engine.ResponseTally;
import ru.opora.shared.importing.ImportProblem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The director's questionnaire filled in Opora: the answers are checked like a file's cells, kept at
 * school level so the form opens again with them, and tallied into the school's aggregates.
 */
@Component
class DirectorForms {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;

    DirectorForms(JdbcClient jdbc, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    Map<String, String> answers(UUID schoolId, int year) {
        return jdbc.sql("""
                        select answers::text from risk.response_summary
                        where school_id = ? and cohort_year = ? and kind = 'DIRECTOR' and answers is not null""")
                .params(schoolId, year)
                .query(String.class)
                .optional()
                .map(a -> json.readValue(a, new TypeReference<Map<String, String>>() {}))
                .orElse(Map.of());
    }

    /** Problems with the answers, one per item, with the item's code as the column. */
    static List<ImportProblem> check(Questionnaire q, Map<String, String> answers) {
        var problems = new ArrayList<ImportProblem>();
        for (Item item : q.items()) {
            String value = answers.getOrDefault(item.code(), "").strip();
            if (!value.isEmpty())
                AnswerCheck.of(item, value)
                        .ifPresent(
                                p -> problems.add(new ImportProblem(p.code(), 0, item.code(), p.value(), p.detail())));
        }
        return problems;
    }

    @RequiresPermission(Permission.SELF_DIAGNOSIS_EDIT)
    @Transactional
    void save(UUID schoolId, OrgPath schoolPath, int year, Questionnaire q, Map<String, String> answers, String actor) {
        var kept = new LinkedHashMap<String, String>();
        for (Item item : q.items()) {
            String value = answers.getOrDefault(item.code(), "").strip();
            if (!value.isEmpty()) kept.put(item.code(), value);
        }
        var tally = new ResponseTally(q);
        tally.add(kept);
        String aggregates = json.writeValueAsString(tally.aggregates());
        String content = json.writeValueAsString(kept);
        jdbc.sql("""
                        insert into risk.response_summary (school_id, school_path, cohort_year, kind, respondents, expected,
                            aggregates, answers, source, loaded_by)
                        values (?, ?, ?, 'DIRECTOR', 1, 1, cast(? as jsonb), cast(? as jsonb), 'FORM', ?)
                        on conflict (school_id, cohort_year, kind) do update set respondents = 1, expected = 1,
                            aggregates = excluded.aggregates, answers = excluded.answers, source = 'FORM',
                            loaded_by = excluded.loaded_by, loaded_at = now()""")
                .params(schoolId, schoolPath, year, aggregates, content, actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                schoolPath,
                "DIRECTOR_QUESTIONNAIRE",
                schoolId + "/" + year,
                String.valueOf(year),
                "UPDATE",
                null,
                Map.of("answers", content)));
    }
}
