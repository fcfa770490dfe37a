package ru.opora.assessments.analysis;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.opora.assessments.AssessmentKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;

/**
 * {@code /results/schools/{id}}: the school's assessments with results, newest first, each linked
 * to its analysis for the school — the results tab of the school's card, loaded into it.
 */
@Controller
class SchoolResultsController {

    /** An assessment the school wrote: what, which year and grade, how many works. */
    record Written(UUID assessment, AssessmentKind kind, String subject, int grade, int year, int works) {}

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    SchoolResultsController(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    @GetMapping("/results/schools/{id}")
    String written(@PathVariable UUID id, Scope scope, Model model) {
        var school = orgUnits.school(id, scope).orElseThrow(NotFound::new);
        // the school's rows of the covering index (level 3, whole school): in a country the key's
        // leading assessment made each of its partitions a descent per assessment (420 pages a call
        // against 314 on the demo; 23 and 17 this way); the region in the text prunes at planning
        List<Written> written = jdbc.sql("""
                        select a.id, a.kind, a.subject_name, a.grade, a.year, sum(r.participants)
                        from assessments.result_aggregate r join assessments.assessment a on a.id = r.assessment_id
                        where r.region_id = '%s'::uuid and r.org_unit_id = ? and r.org_level = 3 and r.class_label = ''
                        group by a.id, a.kind, a.subject_name, a.grade, a.year
                        order by a.year desc, a.kind, a.subject_name, a.grade""".formatted(school.path().regionId()))
                .params(school.id())
                .query((rs, n) -> new Written(
                        rs.getObject(1, UUID.class),
                        AssessmentKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6)))
                .list();
        model.addAttribute("school", school);
        model.addAttribute("written", written);
        return "assessments/school-results :: written";
    }
}
