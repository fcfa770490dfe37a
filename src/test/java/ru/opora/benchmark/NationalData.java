package ru.opora.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Grows the demo region into a country for the national benchmark: {@code regions - 1} further
 * regions with their municipalities and {@code schools - demo} schools, each school a copy of one
 * of the demo's schools — its results of every year and assessment (class blocks of works and
 * aggregates), objectivity flags, ШНОР status, risk profile and self-diagnosis, documents, reviews
 * and measures, curator, teachers and classes, pupils at risk — under its own ids. Copying the
 * demo's data in SQL keeps its realism (the demo's distributions, states and dates) and builds a
 * country in minutes; the municipalities' and regions' aggregates are then summed from their
 * schools', as an import's roll-up does.
 */
public final class NationalData {

    /** How many schools a generated municipality has (the demo's average). */
    private static final int SCHOOLS_PER_MUNICIPALITY = 28;

    private final javax.sql.DataSource dataSource;
    private JdbcClient jdbc;

    public NationalData(javax.sql.DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Builds the country on one connection of its own and returns how many schools it now has. The
     * copies are consistent by construction, so that session skips the foreign-key checks
     * ({@code session_replication_role = replica}; the pupils' counts, kept by a trigger it also
     * skips, are recounted at the end) and sorts and sums in memory rather than on disk.
     */
    public int build(int regions, int schools) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            jdbc = JdbcClient.create(
                    new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
            run("set session_replication_role = replica");
            run("set work_mem = '256MB'");
            run("set maintenance_work_mem = '1GB'");
            try {
                return buildOnOneSession(regions, schools);
            } finally {
                run("reset session_replication_role");
                run("reset work_mem");
                run("reset maintenance_work_mem");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int buildOnOneSession(int regions, int schools) {
        var demo = jdbc.sql("select id, path from orgunits.org_unit where kind = 'REGION'")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        int demoSchools = jdbc.sql("select count(*) from orgunits.org_unit where kind = 'SCHOOL'")
                .query(Integer.class)
                .single();
        int newSchools = Math.max(0, schools - demoSchools);
        int newRegions = Math.max(1, regions - 1);
        int perRegion = Math.max(1, newSchools / newRegions);
        int municipalities = Math.max(1, Math.round((float) perRegion / SCHOOLS_PER_MUNICIPALITY));
        // a build writes some 9 GB: checkpoints every 1 GB of WAL (the default) wrote each page again
        // whole after each of them; the server's own settings come back before the pages are timed
        run("alter system set max_wal_size = '32GB'");
        run("alter system set checkpoint_timeout = '1h'");
        reload();
        try {
            timed("register", () -> units(demo[0], newRegions, municipalities, newSchools));
            timed("regions' rules, runs and catalogues", () -> copyRegionRows(UUID.fromString(demo[0])));
            var year = NationalYear.of(jdbc);
            copySchoolRows(year);
            timed("the latest year's parallel classes", () -> year.addParallelClasses(jdbc));
            timed("municipalities' and regions' aggregates", this::rollUp);
            timed("copies checked against the triggers this session skipped", this::checkTriggerCopies);
            timed(
                    "pupils at risk counted",
                    () -> jdbc.sql("select people.recount_at_risk(array(select id from public.bench_map))")
                            .query((rs, n) -> 0)
                            .list());
            // as autovacuum leaves a server that has sat a while: without the visibility maps an index-only
            // scan still reads each row's page, which the demo twin, small and long vacuumed, does not
            timed("vacuum and analyze", () -> run("vacuum analyze"));
        } finally {
            run("alter system reset max_wal_size");
            run("alter system reset checkpoint_timeout");
            reload();
            timed("checkpoint", () -> run("checkpoint"));
        }
        return demoSchools + newSchools;
    }

    /** Fails the build when a column that a trigger keeps was copied wrong (the triggers are off here). */
    private void checkTriggerCopies() {
        int wrong = jdbc.sql("""
                        select count(*) from orgunits.school s join orgunits.org_unit o on o.id = s.id
                         where s.path is distinct from o.path""").query(Integer.class).single();
        if (wrong > 0) throw new IllegalStateException(wrong + " schools' path differs from their org unit's");
    }

    private void reload() {
        jdbc.sql("select pg_reload_conf()").query(Boolean.class).single();
    }

    private static void timed(String what, Runnable step) {
        long t = System.nanoTime();
        step.run();
        System.out.printf(java.util.Locale.ROOT, "national      %-48s %7.1f s%n", what, (System.nanoTime() - t) / 1e9);
    }

    /** The new regions, municipalities and schools, and the map from each new school to the demo school it copies. */
    private void units(String demoRegion, int regions, int municipalities, int schools) {
        run("drop table if exists public.bench_region, public.bench_municipality, public.bench_map");
        run(
                "create table public.bench_region as select gen_random_uuid() as id, r as n, '' as path from generate_series(1, "
                        + regions + ") r");
        run("update public.bench_region set path = '/' || id || '/'");
        run("""
                create table public.bench_municipality as
                select gen_random_uuid() as id, r.id as region, r.n * 1000 + k as n, src.id as src, '' as path
                  from public.bench_region r cross join generate_series(0, %d) k
                  join (select id, row_number() over (order by code) - 1 as i, count(*) over () as c
                          from orgunits.org_unit where kind = 'MUNICIPALITY') src on src.i = k %% src.c
                """.formatted(municipalities - 1));
        run(
                "update public.bench_municipality m set path = r.path || m.id || '/' from public.bench_region r where r.id = m.region");
        run("""
                create table public.bench_map as
                select gen_random_uuid() as id, s.n, src.id as src, src.path as src_path, m.id as municipality,
                       m.region, r.n as rn, m.path || '' as path
                  from generate_series(0, %d) s(n)
                  join public.bench_region r on r.n = s.n %% %d + 1
                  join public.bench_municipality m on m.n = r.n * 1000 + (s.n / %d) %% %d
                  join (select id, path, row_number() over (order by code) - 1 as i, count(*) over () as c
                          from orgunits.org_unit where kind = 'SCHOOL') src on src.i = s.n %% src.c
                """.formatted(schools - 1, regions, regions, municipalities));
        run("update public.bench_map set path = path || id || '/'");
        run("create index on public.bench_map (src)");
        copy(
                "orgunits.org_unit",
                "join public.bench_region r on t.id = '" + demoRegion + "'",
                Map.of(
                        "id",
                        "r.id",
                        "code",
                        "'NR' || r.n",
                        "name",
                        "'Регион ' || r.n",
                        "short_name",
                        "'Регион ' || r.n",
                        "path",
                        "r.path"));
        copy("orgunits.region", "join public.bench_region r on t.id = '" + demoRegion + "'", Map.of("id", "r.id"));
        copy(
                "orgunits.org_unit",
                "join public.bench_municipality m on t.id = m.src",
                Map.of(
                        "id",
                        "m.id",
                        "parent_id",
                        "m.region",
                        "code",
                        "'NM' || m.n",
                        "name",
                        "t.name || ' ' || m.n",
                        "short_name",
                        "t.short_name || ' ' || m.n",
                        "path",
                        "m.path"));
        copy("orgunits.municipality", "join public.bench_municipality m on t.id = m.src", Map.of("id", "m.id"));
        copy(
                "orgunits.org_unit",
                "join public.bench_map m on t.id = m.src",
                Map.of("id", "m.id", "parent_id", "m.municipality", "code", "'NS' || m.n", "path", "m.path"));
        // the path that the register's trigger copies from the org unit, which this session skips
        copy(
                "orgunits.school",
                "join public.bench_map m on t.id = m.src",
                Map.of("id", "m.id", "branch_of", "null", "path", "m.path"));
    }

    /** What a region owns: its identification rules and runs, its risk catalogue and questionnaires. */
    private void copyRegionRows(UUID demoRegion) {
        String join = "join public.bench_region r on t.region_id = '" + demoRegion + "'";
        copy("identification.rule_set", join, Map.of("region_id", "r.id"));
        copy(
                "identification.run",
                join,
                Map.of("id", remapped("t.id", "r.id"), "region_id", "r.id", "region_path", "r.path"));
        copy("risk.catalogue", join, Map.of("region_id", "r.id"));
        copy("risk.questionnaire", join, Map.of("region_id", "r.id"));
        copy("support.cohort", join, Map.of("region_id", "r.id"));
        copy("support.cycle_step", join, Map.of("region_id", "r.id"));
        // each region its own curators, named after the demo's
        copy(
                "support.curator",
                join,
                Map.of(
                        "region_id",
                        "r.id",
                        "username",
                        "t.username || '-' || r.n",
                        "municipality_id",
                        "null",
                        "own_school_id",
                        "null"));
    }

    /** What a school owns, copied from the demo school it mirrors. */
    private void copySchoolRows(NationalYear year) {
        String bySchool = "join public.bench_map m on t.school_id = m.src";
        var school = Map.of("school_id", "m.id", "school_path", "m.path");
        var aggregates =
                new LinkedHashMap<>(Map.of("org_unit_id", "m.id", "org_path", "m.path", "region_id", "m.region"));
        aggregates.putAll(year.schoolSumsMultiplied());
        copy("assessments.result_aggregate", "join public.bench_map m on t.org_unit_id = m.src", aggregates);
        copy("assessments.work_block", bySchool, Map.of("school_id", "m.id", "region_id", "m.region"));
        copy("assessments.gia_result", bySchool, school);
        copy("identification.objectivity_flag", bySchool, school);
        copy("identification.run_school", bySchool, with(school, "run_id", remapped("t.run_id", "m.region")));
        copy(
                "identification.shnor_status",
                bySchool,
                with(with(school, "region_id", "m.region"), "entry_run", remapped("t.entry_run", "m.region")));
        copy("identification.shnor_status_event", bySchool, with(school, "run_id", remapped("t.run_id", "m.region")));
        for (String table :
                List.of("risk.response_summary", "risk.imported_level", "risk.profile", "risk.self_diagnosis"))
            copy(table, bySchool, school);
        copy("support.cohort_school", bySchool, with(school, "region_id", "m.region"));
        copy(
                "support.assignment",
                bySchool,
                with(with(school, "id", remapped("t.id", "m.id")), "curator", "t.curator || '-' || m.rn"));
        copy("planning.document", bySchool, with(school, "id", remapped("t.id", "m.id")));
        String byDocument =
                "join planning.document d on d.id = t.document_id join public.bench_map m on d.school_id = m.src";
        var document = Map.of("document_id", remapped("t.document_id", "m.id"));
        copy("planning.document_version", byDocument, document);
        copy("planning.document_event", byDocument, document);
        copy(
                "planning.review",
                byDocument,
                with(with(document, "id", remapped("t.id", "m.id")), "expert", "t.expert || '-' || m.n"));
        copy(
                "planning.measure",
                bySchool,
                with(with(school, "id", remapped("t.id", "m.id")), "document_id", remapped("t.document_id", "m.id")));
        copy("people.teacher", bySchool, with(with(school, "id", remapped("t.id", "m.id")), "username", "null"));
        copy("people.class_teacher", bySchool, with(school, "teacher_id", remapped("t.teacher_id", "m.id")));
        copy("people.at_risk_pupil", bySchool, with(school, "id", remapped("t.id", "m.id")));
    }

    /**
     * The municipalities' and regions' aggregates, summed from their schools' per assessment and ОВЗ
     * group: arrays are summed element by element with {@code unnest … with ordinality}.
     */
    private void rollUp() {
        run("""
                create table public.bench_parent as
                select m.id as school, m.municipality as parent, 2 as level, u.path, m.region from public.bench_map m
                  join public.bench_municipality u on u.id = m.municipality
                union all
                select m.id, m.region, 1, r.path, m.region from public.bench_map m join public.bench_region r on r.id = m.region
                """);
        run("""
                create table public.bench_school_rows as
                select a.year, p.region, a.assessment_id, p.parent, p.level, p.path, a.ovz, a.participants, a.primary_sum,
                       a.marks, a.histogram, a.task_sums, a.journal
                  from assessments.result_aggregate a join public.bench_parent p on p.school = a.org_unit_id
                 where a.class_label = ''
                """);
        var sums = new LinkedHashMap<String, String>();
        for (String column : List.of("marks", "histogram", "task_sums", "journal"))
            sums.put(column, """
                    (select assessment_id, parent, ovz, array_agg(v order by i) as %1$s
                       from (select assessment_id, parent, ovz, i, sum(x) as v
                               from public.bench_school_rows, unnest(%1$s) with ordinality u(x, i)
                              group by 1, 2, 3, 4) e group by 1, 2, 3) %1$s""".formatted(column));
        // summed into a table first: CREATE TABLE AS may use parallel workers, an INSERT's SELECT may not
        run("create table public.bench_sums as"
                + " select b.year, b.region, b.assessment_id, b.parent, b.level, b.path, '', b.ovz, b.participants,"
                + " b.primary_sum,"
                + " marks.marks::integer[], histogram.histogram::integer[], task_sums.task_sums::bigint[], journal.journal::integer[]"
                + " from (select year, region, assessment_id, parent, level, path, ovz, sum(participants) as participants,"
                + " sum(primary_sum) as primary_sum from public.bench_school_rows group by 1, 2, 3, 4, 5, 6, 7) b "
                + sums.values().stream()
                        .map(s -> "join " + s + " using (assessment_id, parent, ovz)")
                        .collect(Collectors.joining(" ")));
        run(
                "insert into assessments.result_aggregate (year, region_id, assessment_id, org_unit_id, org_level, org_path,"
                        + " class_label, ovz, participants, primary_sum, marks, histogram, task_sums, journal)"
                        + " select * from public.bench_sums");
        run("drop table public.bench_parent, public.bench_school_rows, public.bench_sums");
    }

    /**
     * Copies the rows of {@code table} that {@code join} reaches, with {@code set} giving the new
     * value of some columns (the rest are copied as they are; generated ids are left to the database).
     */
    private void copy(String table, String join, Map<String, String> set) {
        String[] name = table.split("\\.");
        List<String> columns =
                jdbc.sql("""
                        select column_name from information_schema.columns
                         where table_schema = ? and table_name = ? and is_identity = 'NO' and is_generated = 'NEVER'
                           and coalesce(column_default, '') not like 'nextval%'
                         order by ordinal_position""").params(name[0], name[1]).query(String.class).list();
        String values = columns.stream().map(c -> set.getOrDefault(c, "t." + c)).collect(Collectors.joining(", "));
        timed(table, () -> {
            var indexes = withoutSecondaryIndexes(table);
            run("insert into " + table + " (" + String.join(", ", columns) + ") select " + values + " from " + table
                    + " t " + join);
            indexes.forEach(this::run);
        });
    }

    /**
     * Drops the table's indexes that back no constraint and returns the statements that make them
     * again. A copy ten times the table's size wrote them row by row in random order, far beyond
     * the server's buffers (people.class_teacher: 179 s for 5 million rows); built afterwards, each
     * is one sort. A partitioned table's index is made again on the table, not ONLY on it, so that
     * its partitions get theirs.
     */
    private List<String> withoutSecondaryIndexes(String table) {
        var indexes = jdbc.sql("""
                        select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
                          from pg_index i where i.indrelid = ?::regclass
                           and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)""")
                .param(table)
                .query((rs, n) -> new String[] {rs.getString("name"), rs.getString("definition")})
                .list();
        for (String[] index : indexes) run("drop index " + index[0]);
        return indexes.stream().map(i -> i[1].replace(" ON ONLY ", " ON ")).toList();
    }

    /** A new id derived from an old one and the copy's owner, so that references between copied rows still meet. */
    private static String remapped(String column, String owner) {
        return "md5(" + column + "::text || " + owner + "::text)::uuid";
    }

    private static Map<String, String> with(Map<String, String> set, String column, String value) {
        var copy = new LinkedHashMap<>(set);
        copy.put(column, value);
        return copy;
    }

    private void run(String sql) {
        jdbc.sql(sql).update();
    }
}
