package ru.opora.platform.journeys;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real values for the path variables of the GET routes, from the database: for each user the row
 * nearest to them (theirs, else in their data scope) and the first row of all (someone else's,
 * which must be refused without a server error). Each query returns the route's variables in
 * order, then the org path the row belongs to and the user who owns it (either may be null).
 */
final class RouteValues {

    private static final String SCHOOLS = """
            select o.id::text, o.path, null from orgunits.org_unit o where o.kind = 'SCHOOL'
            order by exists (select 1 from planning.document d where d.school_id = o.id) desc, o.code""";
    private static final String SCHOOL_RESULTS = """
            select a.assessment_id::text, a.org_unit_id::text, a.org_path, null
            from assessments.result_aggregate a where a.org_level = 3 and a.class_label = '' and not a.ovz
            order by a.org_path, a.assessment_id""";
    private static final String CLASSES = """
            select a.assessment_id::text, a.org_unit_id::text, a.class_label, a.org_path, null
            from assessments.result_aggregate a where a.org_level = 3 and a.class_label <> '' and not a.ovz
            order by a.org_path, a.assessment_id, a.class_label""";
    private static final String ASSESSMENTS = """
            select a.id::text, null, null from assessments.assessment a
            order by exists (select 1 from assessments.result_aggregate r where r.assessment_id = a.id) desc, a.id""";
    private static final String DOCUMENTS = """
            select d.id::text, d.school_path,
                   (select r.expert from planning.review r where r.document_id = d.id order by r.assigned_at limit 1)
            from planning.document d order by d.school_path, d.type, d.id""";
    private static final String SCHOOL_CODES = """
            select code, path, null from orgunits.org_unit where kind = 'SCHOOL' order by code""";
    private static final String NOTES = """
            select id::text, unit_path, null from reporting.note order by unit_path, year desc""";
    private static final String NOTE_VERSIONS = """
            select n.id::text, v.number::text, n.unit_path, null from reporting.note n
            join reporting.note_version v on v.note_id = n.id order by n.unit_path, v.number""";
    private static final String EVENTS = """
            select id::text, organiser_path, null from coordination.event order by organiser_path, starts_at""";
    private static final String PRACTICES = """
            select id::text, school_path, null from coordination.practice order by state desc, school_path""";
    private static final String CENTRES = """
            select id::text, owner_path, null from coordination.consulting_centre order by owner_path""";
    private static final String RUNS = "select id::text, region_path, null from identification.run order by created_at";

    private static final String JOBS = """
            select id::text, null, owner from shared.background_job order by created_at""";
    private static final String MEASURES = """
            select id::text, school_path, null from planning.measure order by school_path, due_date""";
    private static final String MUNICIPALITIES = """
            select id::text, path, null from orgunits.org_unit where kind = 'MUNICIPALITY' order by code""";
    private static final String COHORTS = "select year::text, null, null from support.cohort order by year desc";
    private static final String CAMPAIGNS =
            "select id::text, region_path, null from monitoring.campaign order by cohort_year desc, opens_on";
    private static final String CAMPAIGN_SCHOOLS_ONLY = """
            select distinct school_id::text, school_path, null from monitoring.campaign_school order by school_path""";
    private static final String TEACHERS = """
            select id::text, school_path, null from people.teacher order by school_path, full_name""";
    private static final String MEETINGS = """
            select id::text, holder_path, null from coordination.meeting order by holder_path, held_on""";
    private static final String ROUTES = """
            select school_id::text, id::text, school_path, null from people.pupil_route order by school_path, participant_code""";
    private static final String CAMPAIGN_SCHOOLS = """
            select campaign_id::text, school_id::text, school_path, null from monitoring.campaign_school
            order by school_path, campaign_id""";

    /** Route pattern → the query of its variables' values. */
    private static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("/schools/{id}", SCHOOLS),
            Map.entry("/api/v1/schools/{id}", SCHOOLS),
            Map.entry("/api/v1/shnor/{schoolId}", SCHOOLS),
            Map.entry("/api/v1/support/schools/{id}/visits", SCHOOLS),
            Map.entry("/api/v1/identification/runs/{runId}", RUNS),
            Map.entry("/api/v1/jobs/{id}", JOBS),
            Map.entry("/api/v1/planning/documents/{id}", DOCUMENTS),
            Map.entry("/api/v1/planning/documents/{id}/docx", DOCUMENTS),
            Map.entry("/api/v1/planning/measures/{id}", MEASURES),
            Map.entry("/api/v1/results/{assessmentId}", ASSESSMENTS),
            Map.entry("/api/v1/results/{assessmentId}/schools/{schoolId}", SCHOOL_RESULTS),
            Map.entry("/api/v1/support/cohorts/{year}", COHORTS),
            Map.entry("/schools/{id}/visits", SCHOOLS),
            Map.entry("/people/schools/{id}", SCHOOLS),
            Map.entry("/api/v1/people/schools/{id}", SCHOOLS),
            Map.entry("/people/schools/{id}/export", SCHOOLS),
            Map.entry("/people/{what}-template.csv", """
                    select k, null, null from unnest(array['teachers', 'classes', 'courses', 'instruments',
                        'diagnostics', 'course-catalogue']) k"""),
            Map.entry("/people/schools/{id}/loop", SCHOOLS),
            Map.entry("/pupils/schools/{id}", SCHOOLS),
            Map.entry("/pupils/schools/{id}/export", SCHOOLS),
            Map.entry("/api/v1/pupils/schools/{id}", SCHOOLS),
            Map.entry("/pupils/schools/{id}/routes", SCHOOLS),
            Map.entry("/pupils/schools/{id}/routes/export", SCHOOLS),
            Map.entry("/pupils/schools/{id}/routes/new", SCHOOLS),
            Map.entry("/api/v1/pupils/schools/{id}/routes", SCHOOLS),
            Map.entry("/pupils/schools/{id}/routes/{route}", ROUTES),
            Map.entry("/pupils/schools/{id}/routes/{route}/export", ROUTES),
            Map.entry("/api/v1/pupils/schools/{id}/routes/{route}", ROUTES),
            Map.entry("/pupils/mine/routes/{route}", """
                    select id::text, school_path, null from people.pupil_route order by school_path, participant_code"""),
            Map.entry("/coordination/meetings/{id}", MEETINGS),
            Map.entry("/coordination/meetings/{id}/protocol.docx", MEETINGS),
            Map.entry("/api/v1/coordination/meetings/{id}", MEETINGS),
            Map.entry("/coordination/assignments/{id}/files/{file}", """
                    select f.assignment_id::text, f.id::text, a.assignee_path, null from coordination.assignment_file f
                    join coordination.assignment a on a.id = f.assignment_id order by a.assignee_path"""),
            Map.entry("/coordination/assignments/{id}", """
                    select id::text, assignee_path, null from coordination.assignment order by assignee_path, due_on"""),
            Map.entry("/results/schools/{id}", SCHOOLS),
            Map.entry("/public/schools/{code}", SCHOOL_CODES),
            Map.entry("/public/schools/{code}/embed", SCHOOL_CODES),
            Map.entry("/public/schools/{code}/feed.atom", SCHOOL_CODES),
            Map.entry("/reporting/notes/{id}", NOTES),
            Map.entry("/api/v1/reporting/notes/{id}", NOTES),
            Map.entry("/reporting/notes/{id}/versions/{number}.docx", NOTE_VERSIONS),
            Map.entry("/reporting/notes/{id}/versions/{number}.pdf", NOTE_VERSIONS),
            Map.entry("/coordination/events/{id}", EVENTS),
            Map.entry("/coordination/events/{id}/export", EVENTS),
            Map.entry("/coordination/events/{id}/feedback.xlsx", EVENTS),
            Map.entry("/api/v1/coordination/events/{id}", EVENTS),
            Map.entry("/coordination/events/{id}/materials/{file}", """
                    select m.owner_id::text, m.id::text, e.organiser_path, null from coordination.material m
                    join coordination.event e on e.id = m.owner_id order by e.organiser_path"""),
            Map.entry("/calendar/{token}.ics", """
                    select repeat('0', 48), null, null"""),
            Map.entry("/coordination/practices/{id}", PRACTICES),
            Map.entry("/api/v1/coordination/practices/{id}", PRACTICES),
            Map.entry("/coordination/practices/{id}/files/{file}", """
                    select m.owner_id::text, m.id::text, p.school_path, null from coordination.material m
                    join coordination.practice p on p.id = m.owner_id order by p.school_path"""),
            Map.entry("/coordination/practices/for/{school}", SCHOOLS),
            Map.entry("/coordination/centres/{id}", CENTRES),
            Map.entry("/coordination/centres/{id}/export", CENTRES),
            Map.entry("/pupils/files/{what}-template.csv", """
                    select k, null, null from unnest(array['attendance', 'code-map']) k"""),
            Map.entry("/people/schools/{id}/mentoring", SCHOOLS),
            Map.entry("/people/schools/{id}/mentoring/export", SCHOOLS),
            Map.entry("/api/v1/people/schools/{id}/mentoring", SCHOOLS),
            Map.entry("/people/schools/{id}/loop/export", SCHOOLS),
            Map.entry("/api/v1/people/schools/{id}/loop", SCHOOLS),
            Map.entry("/people/teachers/{id}", TEACHERS),
            Map.entry("/people/teachers/{id}/export", TEACHERS),
            Map.entry("/api/v1/people/teachers/{id}", TEACHERS),
            Map.entry("/risk/schools/{id}", SCHOOLS),
            Map.entry("/risk/schools/{id}.xlsx", SCHOOLS),
            Map.entry("/risk/schools/{id}/director", SCHOOLS),
            Map.entry("/risk/schools/{id}/self-diagnosis", SCHOOLS),
            Map.entry("/api/v1/risk/schools/{id}", SCHOOLS),
            Map.entry("/planning/schools/{id}", SCHOOLS),
            Map.entry("/support/schools/{id}/visits", SCHOOLS),
            Map.entry("/identification/status/{schoolId}", SCHOOLS),
            Map.entry("/municipalities/{id}/edit", MUNICIPALITIES),
            Map.entry("/planning/municipalities/{id}", MUNICIPALITIES),
            Map.entry("/admin/users/{id}", """
                    select id::text, null, username from identity.user_account order by username"""),
            Map.entry("/identification/evidence/{schoolId}/{assessmentId}", """
                    select a.org_unit_id::text, a.assessment_id::text, a.org_path, null
                    from assessments.result_aggregate a where a.org_level = 3 and a.class_label = '' and not a.ovz
                    order by a.org_path, a.assessment_id"""),
            Map.entry("/identification/facts/{kind}-template.csv", """
                    select k, null, null from unnest(array['recheck', 'federal', 'social', 'observation']) k"""),
            Map.entry("/identification/runs/{runId}", RUNS),
            Map.entry("/identification/runs/{runId}/export", RUNS),
            Map.entry("/identification/runs/{runId}/schools/{schoolId}", """
                    select s.run_id::text, s.school_id::text, s.school_path, null from identification.run_school s
                    order by s.outcome, s.school_path"""),
            Map.entry("/planning/documents/{id}", DOCUMENTS),
            Map.entry("/planning/documents/{id}.docx", DOCUMENTS),
            Map.entry("/planning/documents/{id}.xlsx", DOCUMENTS),
            Map.entry("/planning/documents/{id}/diff", DOCUMENTS),
            Map.entry("/planning/documents/{id}/edit", DOCUMENTS),
            Map.entry("/planning/documents/{id}/measures", DOCUMENTS),
            Map.entry("/planning/evidence/{id}", """
                    select e.id::text, m.school_path, null from planning.evidence e
                    join planning.measure m on m.id = e.measure_id order by m.school_path"""),
            Map.entry("/planning/measures/{id}", MEASURES),
            Map.entry("/planning/reviews/{id}", """
                    select r.id::text, d.school_path, r.expert from planning.review r
                    join planning.document d on d.id = r.document_id order by r.assigned_at"""),
            Map.entry("/results/catalogue/{id}/scale", ASSESSMENTS),
            Map.entry("/results/import/jobs/{id}", JOBS),
            Map.entry("/results/import/jobs/{id}/progress", JOBS),
            Map.entry("/results/{assessmentId}", ASSESSMENTS),
            Map.entry("/results/{assessmentId}/dynamics.xlsx", ASSESSMENTS),
            Map.entry("/results/{assessmentId}/export", ASSESSMENTS),
            Map.entry("/results/{assessmentId}/tasks", ASSESSMENTS),
            Map.entry("/results/{assessmentId}/tasks.xlsx", ASSESSMENTS),
            Map.entry("/results/{assessmentId}/tasks-low.xlsx", ASSESSMENTS),
            Map.entry("/api/v1/results/{assessmentId}/tasks", ASSESSMENTS),
            Map.entry("/results/{assessmentId}/schools/{schoolId}", SCHOOL_RESULTS),
            Map.entry("/results/{assessmentId}/schools/{schoolId}/classes.xlsx", SCHOOL_RESULTS),
            Map.entry("/results/{assessmentId}/schools/{schoolId}/export", SCHOOL_RESULTS),
            Map.entry("/results/{assessmentId}/schools/{schoolId}/classes/{classLabel}", CLASSES),
            Map.entry("/results/{assessmentId}/schools/{schoolId}/classes/{classLabel}/export", CLASSES),
            Map.entry("/risk/catalogue/factors/{code}", """
                    select distinct f ->> 'code', null, null from risk.catalogue c,
                    jsonb_array_elements(c.content -> 'factors') f order by 1"""),
            Map.entry("/risk/questionnaires/{kind}", """
                    select k, null, null from unnest(array['DIRECTOR', 'TEACHER', 'STUDENT', 'PARENT']) k"""),
            Map.entry("/risk/questionnaires/{kind}/{file}-template.csv", """
                    select k, f, null, null from unnest(array['DIRECTOR', 'TEACHER']) k,
                    unnest(array['responses', 'summary']) f"""),
            Map.entry("/monitoring/campaigns/{id}", CAMPAIGNS),
            Map.entry("/monitoring/campaigns/{id}/template", CAMPAIGNS),
            Map.entry("/monitoring/mechanism/{municipalityId}", MUNICIPALITIES),
            Map.entry("/monitoring/schools/{schoolId}", CAMPAIGN_SCHOOLS_ONLY),
            Map.entry("/monitoring/schools/{schoolId}/export", CAMPAIGN_SCHOOLS_ONLY),
            Map.entry("/monitoring/campaigns/{id}/export", CAMPAIGNS),
            Map.entry("/monitoring/campaigns/{id}/schools/{schoolId}", CAMPAIGN_SCHOOLS),
            Map.entry("/monitoring/campaigns/{id}/schools/{schoolId}/evidence/{indicator}", """
                    select campaign_id::text, school_id::text, indicator, school_path, null from monitoring.indicator_value
                    where evidence_file is not null order by school_path"""),
            Map.entry("/api/v1/monitoring/campaigns/{id}/values", CAMPAIGNS),
            Map.entry("/support/cohorts/{year}", COHORTS),
            Map.entry("/support/cohorts/{year}.xlsx", COHORTS),
            Map.entry("/support/curators/{username}", """
                    select username, null, username from support.curator order by username"""),
            Map.entry("/support/visits/files/{id}", """
                    select f.id::text, v.school_path, v.curator from support.visit_file f
                    join support.visit v on v.id = f.visit_id order by v.school_path"""));

    private final JdbcClient jdbc;
    private final Map<String, List<Row>> rows = new ConcurrentHashMap<>();
    private final Map<String, List<String>> scopes = new ConcurrentHashMap<>();

    private record Row(List<String> values, String path, String owner) {}

    RouteValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The patterns with variables this class has no query for. */
    List<String> unresolved(List<RouteTable.Route> routes) {
        return routes.stream()
                .filter(r -> !r.variables().isEmpty() && !QUERIES.containsKey(r.pattern()))
                .map(RouteTable.Route::pattern)
                .toList();
    }

    /** The concrete paths a user requests for a route: the row nearest them and the first of all. */
    List<String> paths(RouteTable.Route route, String user) {
        if (route.variables().isEmpty()) return List.of(route.pattern());
        var all = rows.computeIfAbsent(
                route.pattern(), p -> rows(QUERIES.get(p), route.variables().size()));
        if (all.isEmpty()) return List.of();
        var scope = scopes.computeIfAbsent(user, this::scope);
        var chosen = new LinkedHashSet<Row>();
        all.stream().filter(r -> user.equals(r.owner())).findFirst().ifPresent(chosen::add);
        all.stream()
                .filter(r -> r.path() != null
                        && scope.stream().anyMatch(s -> r.path().startsWith(s)))
                .findFirst()
                .ifPresent(chosen::add);
        chosen.add(all.getFirst());
        var paths = new ArrayList<String>();
        for (Row row : chosen) paths.add(fill(route, row.values()));
        return paths;
    }

    static String fill(RouteTable.Route route, List<String> values) {
        String path = route.pattern();
        for (int i = 0; i < values.size(); i++)
            path = path.replace(
                    "{" + route.variables().get(i) + "}",
                    java.net.URLEncoder.encode(values.get(i), java.nio.charset.StandardCharsets.UTF_8)
                            .replace("+", "%20"));
        return path;
    }

    private List<Row> rows(String sql, int variables) {
        return jdbc.sql(sql)
                .query((rs, n) -> {
                    var values = new ArrayList<String>();
                    for (int i = 1; i <= variables; i++) values.add(rs.getString(i));
                    return new Row(values, rs.getString(variables + 1), rs.getString(variables + 2));
                })
                .list();
    }

    private List<String> scope(String user) {
        return jdbc.sql("""
                        select o.path from identity.user_scope s
                        join identity.user_account a on a.id = s.user_account
                        join orgunits.org_unit o on o.id = s.org_unit_id where a.username = :user
                        union all
                        select school_path from support.assignment where curator = :user and ended_at is null""").param("user", user).query(String.class).list();
    }
}
