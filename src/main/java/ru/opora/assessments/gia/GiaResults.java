package ru.opora.assessments.gia;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;

/** ОГЭ/ЕГЭ aggregates per school and subject: imported all or nothing, read by scope. */
@Component
public class GiaResults {

    /** The largest ОГЭ/ЕГЭ file taken. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** An exam, year and subject with results in the reader's scope. */
    public record Series(String exam, int year, String subjectCode, String subjectName) {}

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final AuditLog audit;

    GiaResults(JdbcClient jdbc, OrgUnits orgUnits, AuditLog audit) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    /** Loads a file all or nothing; each school's line of an exam, year and subject replaces the earlier one. */
    @RequiresPermission(Permission.RESULTS_IMPORT)
    @Transactional
    public ImportReport importFile(TabularImport.Upload upload, Scope scope, String actor) {
        var reading = TabularImport.read(upload, GiaRowReader.COLUMNS, new GiaRowReader(orgUnits.schoolsByCode(scope)));
        var report = reading.commit(rows -> ImportReport.Tally.sum(rows, r -> upsert(r, actor)));
        audit.recordImport(actor, "GIA", report);
        return report;
    }

    /** One line written: added, replaced, or found as it was (then untouched). */
    private ImportReport.Tally upsert(GiaRow r, String actor) {
        var inserted = jdbc.sql("""
                        insert into assessments.gia_result (exam, year, subject_code, subject_name, school_id, school_path, participants,
                            below_minimum, mean_score, marks, imported_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (exam, year, subject_code, school_id) do update set subject_name = excluded.subject_name,
                            school_path = excluded.school_path, participants = excluded.participants, below_minimum = excluded.below_minimum,
                            mean_score = excluded.mean_score, marks = excluded.marks, imported_by = excluded.imported_by, imported_at = now()
                        where (gia_result.subject_name, gia_result.participants, gia_result.below_minimum, gia_result.mean_score, gia_result.marks)
                            is distinct from (excluded.subject_name, excluded.participants, excluded.below_minimum, excluded.mean_score, excluded.marks)
                        returning xmax = 0""")
                .params(
                        r.exam(),
                        r.year(),
                        r.subjectCode(),
                        r.subjectName(),
                        r.schoolId(),
                        r.schoolPath(),
                        r.participants(),
                        r.belowMinimum(),
                        r.meanScore(),
                        r.marks(),
                        actor)
                .query(Boolean.class)
                .optional();
        return ImportReport.Tally.ofUpsert(inserted);
    }

    public List<Series> series(Scope scope) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql("select distinct exam, year, subject_code, subject_name from assessments.gia_result where "
                        + scope.sqlCondition("school_path") + " order by year desc, exam, subject_name")
                .query((rs, n) -> new Series(
                        rs.getString("exam"),
                        rs.getInt("year"),
                        rs.getString("subject_code"),
                        rs.getString("subject_name")))
                .list();
    }

    /** How a series' schools are ordered; the default puts most participants below the minimum first. */
    public enum Order {
        BELOW("below_minimum::float / participants desc, school_path"),
        MEAN("mean_score, school_path"),
        PARTICIPANTS("participants desc, school_path");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    /** A page of a series' schools and how many there are in all. */
    public record Slice(List<GiaRow> rows, int total) {}

    /** The schools' rows of one exam, year and subject in the scope, those with most participants below the minimum first. */
    public List<GiaRow> rows(Scope scope, String exam, int year, String subjectCode) {
        return slice(scope, new Series(exam, year, subjectCode, ""), Order.BELOW, 0, Integer.MAX_VALUE)
                .rows();
    }

    /**
     * One page of the series' schools in the given order, read by the database rather than cut from
     * all of them. The scope's rows are ranked from the index alone (migration assessments V13) and
     * only the page's rows are read from the table: a region's rows lie among the whole country's, and
     * ranking them from the table read a region's 222 ЕГЭ rows from 1,019 pages (200 this way).
     */
    public Slice slice(Scope scope, Series series, Order order, int offset, int limit) {
        if (scope.isEmpty()) return new Slice(List.of(), 0);
        var params = new java.util.ArrayList<Object>(List.of(series.exam(), series.year(), series.subjectCode()));
        params.add(limit);
        params.add(offset);
        params.addAll(List.of(series.exam(), series.year(), series.subjectCode()));
        int[] total = {0};
        var rows = jdbc.sql("""
                        with ranked as materialized (
                            select school_id, row_number() over (order by %s) as n, count(*) over () as total
                            from assessments.gia_result
                            where exam = ? and year = ? and subject_code = ? and %s
                            order by n limit ? offset ?)
                        select g.exam, g.year, g.subject_code, g.subject_name, g.school_id, g.school_path,
                               g.participants, g.below_minimum, g.mean_score, g.marks, r.total
                        from ranked r
                        join assessments.gia_result g
                          on g.exam = ? and g.year = ? and g.subject_code = ? and g.school_id = r.school_id
                        order by r.n
                        """.formatted(order.sql, scope.sqlCondition("school_path")))
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getInt("total");
                    return new GiaRow(
                            rs.getString("exam"),
                            rs.getInt("year"),
                            rs.getString("subject_code"),
                            rs.getString("subject_name"),
                            rs.getObject("school_id", java.util.UUID.class),
                            OrgPath.parse(rs.getString("school_path")),
                            rs.getInt("participants"),
                            rs.getInt("below_minimum"),
                            rs.getBigDecimal("mean_score"),
                            marks(rs.getArray("marks")));
                })
                .list();
        return new Slice(rows, total[0]);
    }

    /**
     * A school's ОГЭ/ЕГЭ results beside its region's, every exam, subject and year, newest first;
     * shown on the school's ВПР page (the caller has checked the school is in the reader's scope).
     */
    public List<SchoolGia> ofSchool(OrgPath schoolPath) {
        return jdbc.sql("""
                        with mine as (select * from assessments.gia_result where school_id = ?),
                        -- the region's rows of the school's exams, read once (a sum per line read them once a line)
                        region as (
                            select x.exam, x.year, x.subject_code, sum(x.participants) as participants,
                                   sum(x.below_minimum) as below_minimum,
                                   sum(x.mean_score * x.participants) / sum(x.participants) as mean_score
                            from assessments.gia_result x
                            where x.school_path like ?
                              and (x.exam, x.year, x.subject_code) in (select exam, year, subject_code from mine)
                            group by 1, 2, 3)
                        select g.exam, g.year, g.subject_code, g.subject_name, g.participants, g.below_minimum, g.mean_score,
                               r.participants as region_participants, r.below_minimum as region_below, r.mean_score as region_mean
                        from mine g join region r using (exam, year, subject_code)
                        order by g.year desc, g.exam, g.subject_name""")
                .params(schoolPath.unitId(), schoolPath.region().likePattern())
                .query((rs, n) -> new SchoolGia(
                        rs.getString("exam"),
                        rs.getInt("year"),
                        rs.getString("subject_code"),
                        rs.getString("subject_name"),
                        rs.getInt("participants"),
                        100.0 * rs.getInt("below_minimum") / rs.getInt("participants"),
                        rs.getBigDecimal("mean_score").doubleValue(),
                        100.0 * rs.getLong("region_below") / rs.getLong("region_participants"),
                        rs.getBigDecimal("region_mean").doubleValue()))
                .list();
    }

    private static int @org.jspecify.annotations.Nullable [] marks(
            java.sql.@org.jspecify.annotations.Nullable Array array) throws java.sql.SQLException {
        if (array == null) return null;
        Object[] values = (Object[]) array.getArray();
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) result[i] = ((Number) values[i]).intValue();
        return result;
    }
}
