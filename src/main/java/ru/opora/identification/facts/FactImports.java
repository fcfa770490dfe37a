package ru.opora.identification.facts;

import java.util.HashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.assessments.SchoolResults;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;

/**
 * The region admin's files of recorded facts, loaded all or nothing through the import pipeline.
 * A re-check file replaces the earlier re-checks of its schools and assessments; the federal list,
 * the social index and observers' records replace a school's earlier entry of the same key.
 */
@Component
class FactImports {

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final SchoolResults results;
    private final AuditLog audit;

    FactImports(JdbcClient jdbc, OrgUnits orgUnits, SchoolResults results, AuditLog audit) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.results = results;
        this.audit = audit;
    }

    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    public ImportReport load(FactKind kind, TabularImport.Upload upload, Scope scope, String actor) {
        var schools = orgUnits.schoolsByCode(scope);
        var report = switch (kind) {
            case RECHECK ->
                TabularImport.read(upload, kind.columns(), new RecheckReader(schools, new VprOfRow(results)))
                        .commit(rows -> rechecks(rows, actor));
            case FEDERAL ->
                TabularImport.read(upload, kind.columns(), new FederalListReader(schools))
                        .commit(rows -> ImportReport.Tally.sum(rows, e -> federal(e, actor)));
            case SOCIAL ->
                TabularImport.read(upload, kind.columns(), new SocialIndexReader(schools))
                        .commit(rows -> ImportReport.Tally.sum(rows, e -> social(e, actor)));
            case OBSERVATION ->
                TabularImport.read(upload, kind.columns(), new ObservationReader(schools, new VprOfRow(results)))
                        .commit(rows -> ImportReport.Tally.sum(rows, e -> observation(e, actor)));
        };
        audit.recordImport(actor, kind.name(), report);
        return report;
    }

    /** The file's re-checks replace the earlier ones of each school and assessment it names. */
    private ImportReport.Tally rechecks(List<RecheckReader.Recheck> rows, String actor) {
        var pairs = new HashMap<String, Integer>();
        for (var r : rows) pairs.merge(r.assessmentId() + "|" + r.schoolId(), 1, Integer::sum);
        int added = 0, replaced = 0;
        var cleared = new java.util.HashSet<String>();
        for (var r : rows) {
            String pair = r.assessmentId() + "|" + r.schoolId();
            if (cleared.add(pair)) {
                int earlier = jdbc.sql("delete from identification.recheck where assessment_id = ? and school_id = ?")
                        .params(r.assessmentId(), r.schoolId())
                        .update();
                if (earlier > 0) replaced += pairs.get(pair);
                else added += pairs.get(pair);
            }
            jdbc.sql("""
                            insert into identification.recheck
                                (assessment_id, school_id, school_path, year, participant_code, original, rechecked, imported_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            r.assessmentId(),
                            r.schoolId(),
                            r.schoolPath(),
                            r.year(),
                            r.participant(),
                            r.original(),
                            r.rechecked(),
                            actor)
                    .update();
        }
        return new ImportReport.Tally(added, replaced, 0);
    }

    private ImportReport.Tally federal(FederalListReader.Entry e, String actor) {
        return ImportReport.Tally.ofUpsert(jdbc.sql("""
                        insert into identification.federal_list (school_id, school_path, year, basis, imported_by)
                        values (?, ?, ?, ?, ?)
                        on conflict (school_id, year) do update set basis = excluded.basis, imported_by = excluded.imported_by, imported_at = now()
                        where federal_list.basis is distinct from excluded.basis
                        returning xmax = 0""")
                .params(e.schoolId(), e.schoolPath(), e.year(), e.basis(), actor)
                .query(Boolean.class)
                .optional());
    }

    private ImportReport.Tally social(SocialIndexReader.Entry e, String actor) {
        return ImportReport.Tally.ofUpsert(jdbc.sql("""
                        insert into identification.social_index (school_id, school_path, year, value, imported_by)
                        values (?, ?, ?, ?, ?)
                        on conflict (school_id, year) do update set value = excluded.value, imported_by = excluded.imported_by, imported_at = now()
                        where social_index.value is distinct from excluded.value
                        returning xmax = 0""")
                .params(e.schoolId(), e.schoolPath(), e.year(), e.value(), actor)
                .query(Boolean.class)
                .optional());
    }

    private ImportReport.Tally observation(ObservationReader.Entry e, String actor) {
        return ImportReport.Tally.ofUpsert(jdbc.sql("""
                        insert into identification.observation
                            (school_id, school_path, year, assessment_id, observed_on, observer, remarks, imported_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (school_id, assessment_id, observed_on, observer) do update set remarks = excluded.remarks
                        where observation.remarks is distinct from excluded.remarks
                        returning xmax = 0""")
                .params(
                        e.schoolId(),
                        e.schoolPath(),
                        e.year(),
                        e.assessmentId(),
                        e.on(),
                        e.observer(),
                        e.remarks(),
                        actor)
                .query(Boolean.class)
                .optional());
    }
}
