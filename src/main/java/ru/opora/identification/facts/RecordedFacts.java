package ru.opora.identification.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SchoolResults;
import ru.opora.identification.engine.SchoolYear;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/**
 * The recorded facts behind objectivity, as identification reads them: re-check results (per work:
 * the school's and the experts' primary score), the federal list, the social-context index and
 * independent observers' records. {@link FactImports} loads them.
 */
@Component
public class RecordedFacts {

    /** One observer's record of a school's ВПР. */
    public record Observation(
            UUID schoolId,
            OrgPath schoolPath,
            int year,
            UUID assessmentId,
            java.time.LocalDate on,
            String observer,
            String remarks) {}

    private final JdbcClient jdbc;
    private final SchoolResults results;
    private final MessageSource messages;

    RecordedFacts(JdbcClient jdbc, SchoolResults results, MessageSource messages) {
        this.jdbc = jdbc;
        this.results = results;
        this.messages = messages;
    }

    /** Observations of the schools in scope, newest first; of one assessment when it is given. */
    public List<Observation> observations(
            Scope scope, @org.jspecify.annotations.Nullable UUID assessmentId, int limit) {
        if (scope.isEmpty()) return List.of();
        var params = new ArrayList<Object>();
        String where = scope.sqlCondition("school_path");
        if (assessmentId != null) {
            where += " and assessment_id = ?";
            params.add(assessmentId);
        }
        params.add(limit);
        return jdbc.sql(
                        "select school_id, school_path, year, assessment_id, observed_on, observer, remarks from identification.observation where "
                                + where + " order by observed_on desc, id desc limit ?")
                .params(params)
                .query((rs, n) -> new Observation(
                        rs.getObject(1, UUID.class),
                        OrgPath.parse(rs.getString(2)),
                        rs.getInt(3),
                        rs.getObject(4, UUID.class),
                        rs.getObject(5, java.time.LocalDate.class),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    public Map<UUID, Double> socialIndex(OrgPath regionPath, int year) {
        var result = new HashMap<UUID, Double>();
        jdbc.sql("select school_id, value from identification.social_index where year = ? and school_path like ?")
                .params(year, regionPath.likePattern())
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2).doubleValue());
                });
        return result;
    }

    /** The year's re-checks of the region's schools, as the engine reads them. */
    public Map<UUID, List<SchoolYear.Recheck>> rechecks(OrgPath regionPath, int year) {
        var byAssessment = new HashMap<UUID, SchoolResults.AssessmentFacts>();
        var result = new HashMap<UUID, List<SchoolYear.Recheck>>();
        jdbc.sql(
                        "select assessment_id, school_id, original, rechecked from identification.recheck where year = ? and school_path like ?")
                .params(year, regionPath.likePattern())
                .query(rs -> {
                    UUID assessment = rs.getObject(1, UUID.class);
                    var facts = byAssessment.computeIfAbsent(
                            assessment, id -> results.facts(id).orElseThrow());
                    String label = messages.getMessage(
                            "identification.assessmentLabel",
                            new Object[] {facts.subjectName(), facts.grade()},
                            Locale.forLanguageTag("ru"));
                    result.computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>())
                            .add(new SchoolYear.Recheck(label, rs.getInt(3), rs.getInt(4), facts.thresholds()));
                });
        return result;
    }

    public Map<UUID, String> federalList(OrgPath regionPath, int year) {
        var result = new HashMap<UUID, String>();
        jdbc.sql("select school_id, basis from identification.federal_list where year = ? and school_path like ?")
                .params(year, regionPath.likePattern())
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return result;
    }
}
