package ru.opora.risk.profiles;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SchoolResults;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.SchoolContext;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.Settlement;
import ru.opora.shared.Formats;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every school's variables for a cohort: the register's statistics, the newest ВПР and ОГЭ/ЕГЭ year
 * up to the cohort's year, and the questionnaires' aggregates with their response rates. A variable
 * without data is absent, never zero, so that its indicators say «нет данных».
 */
@Component
public class SchoolData implements ru.opora.risk.SchoolFigures {

    /** The variables of the region's schools and the years of results they came from. */
    public record RegionData(
            Map<UUID, Map<String, Double>> values, Map<UUID, SchoolContext> schools, int vprYear, int giaYear) {}

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final SchoolResults results;
    private final JsonMapper json;
    private final ru.opora.identification.ObjectivityConcerns objectivity;

    SchoolData(
            JdbcClient jdbc,
            OrgUnits orgUnits,
            SchoolResults results,
            JsonMapper json,
            ru.opora.identification.ObjectivityConcerns objectivity) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.results = results;
        this.json = json;
        this.objectivity = objectivity;
    }

    @Override
    public Map<UUID, Map<String, Double>> of(OrgPath regionPath, int year) {
        return region(regionPath, year).values();
    }

    @Override
    public java.util.Set<String> names() {
        return java.util.Set.copyOf(ru.opora.risk.engine.Variables.STANDARD);
    }

    public RegionData region(OrgPath regionPath, int year) {
        var values = new HashMap<UUID, Map<String, Double>>();
        var schools = new HashMap<UUID, SchoolContext>();
        for (SchoolContext s : orgUnits.schoolContexts(Scope.of(regionPath))) {
            schools.put(s.id(), s);
            var v = new HashMap<String, Double>();
            v.put("students", (double) s.students());
            if (s.shareOvz() != null) v.put("ovz_share", s.shareOvz());
            v.put("rural", s.settlement() == Settlement.RURAL ? 1.0 : 0.0);
            v.put("small", s.small() ? 1.0 : 0.0);
            v.put("adverse", s.adverseSocialConditions() ? 1.0 : 0.0);
            values.put(s.id(), v);
        }
        int vprYear = vpr(regionPath, year, values);
        // «объективность результатов»: flags a reviewer confirmed, of the ВПР year or the one before (issue #16)
        if (vprYear > 0) {
            var confirmed = objectivity.confirmed(regionPath, vprYear);
            values.forEach((school, v) -> v.put("objectivity_confirmed", (double) confirmed.getOrDefault(school, 0)));
        }
        int giaYear = gia(regionPath, year, values);
        questionnaires(regionPath, year, values);
        return new RegionData(values, schools, vprYear, giaYear);
    }

    private int vpr(OrgPath regionPath, int year, Map<UUID, Map<String, Double>> values) {
        var vprYear = results.years(regionPath).stream().filter(y -> y <= year).findFirst();
        if (vprYear.isEmpty()) return 0;
        var counts = new HashMap<UUID, long[]>(); // participants, «2», «4»+«5»
        for (SchoolResults.AssessmentFacts a : results.assessments(regionPath, vprYear.get()))
            results.forEachSchool(a.id(), regionPath, s -> {
                var c = counts.computeIfAbsent(s.schoolId(), k -> new long[3]);
                c[0] += s.participants();
                c[1] += s.marks()[0];
                c[2] += s.marks()[2] + s.marks()[3];
            });
        counts.forEach((school, c) -> {
            var v = values.get(school);
            if (v == null || c[0] == 0) return;
            v.put("vpr_works", (double) c[0]);
            v.put("vpr_share2", percent(c[1], c[0]));
            v.put("vpr_share45", percent(c[2], c[0]));
        });
        return vprYear.get();
    }

    private int gia(OrgPath regionPath, int year, Map<UUID, Map<String, Double>> values) {
        for (int y = year; y >= year - 1; y--) {
            var exams = results.exams(regionPath, y);
            if (exams.isEmpty()) continue;
            var counts = new HashMap<String, long[]>(); // school|exam → participants, below
            for (SchoolResults.SchoolExam e : exams) {
                var c = counts.computeIfAbsent(e.schoolId() + "|" + e.exam(), k -> new long[2]);
                c[0] += e.participants();
                c[1] += e.belowMinimum();
            }
            counts.forEach((key, c) -> {
                var v = values.get(UUID.fromString(key.substring(0, 36)));
                if (v == null || c[0] == 0) return;
                String name = key.endsWith("OGE") ? "oge_below_min" : "ege_below_min";
                v.put(name, percent(c[1], c[0]));
            });
            return y;
        }
        return 0;
    }

    private void questionnaires(OrgPath regionPath, int year, Map<UUID, Map<String, Double>> values) {
        jdbc.sql("""
                        select school_id, kind, respondents, expected, aggregates::text from risk.response_summary
                        where cohort_year = ? and school_path like ?""").params(year, regionPath.likePattern()).query(rs -> {
            var v = values.get(rs.getObject(1, UUID.class));
            if (v == null) return;
            v.putAll(json.readValue(rs.getString(5), new TypeReference<Map<String, Double>>() {}));
            int expected = rs.getInt(4);
            if (!rs.wasNull() && expected > 0)
                v.put(rs.getString(2).toLowerCase(java.util.Locale.ROOT) + "_rate", percent(rs.getInt(3), expected));
        });
    }

    private static double percent(long part, long whole) {
        return Formats.round(100.0 * part / whole, 1);
    }
}
