package ru.opora.support.cohort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgPath;
import ru.opora.support.CohortSchools;

/** Answers {@link CohortSchools} from the cohorts' member lists. */
@Component
class CohortSchoolsFromCohorts implements CohortSchools {

    private final JdbcClient jdbc;

    CohortSchoolsFromCohorts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Integer> years(UUID regionId) {
        return jdbc.sql("select year from support.cohort where region_id = ? order by year desc")
                .param(regionId)
                .query(Integer.class)
                .list();
    }

    @Override
    public Map<UUID, OrgPath> of(UUID regionId, int year) {
        var schools = new LinkedHashMap<UUID, OrgPath>();
        jdbc.sql(
                        "select school_id, school_path from support.cohort_school where region_id = ? and year = ? order by school_path")
                .params(regionId, year)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), OrgPath.parse(rs.getString(2))))
                .list()
                .forEach(e -> schools.put(e.getKey(), e.getValue()));
        return schools;
    }

    @Override
    public java.util.Set<UUID> withTutor(UUID regionId, int year) {
        return java.util.Set.copyOf(
                jdbc.sql("""
                        select t.school_id from support.tutor_link t
                        join support.cohort_school c on c.school_id = t.school_id and c.year = t.cohort_year
                        where c.region_id = ? and t.cohort_year = ?""").params(regionId, year).query(UUID.class).list());
    }
}
