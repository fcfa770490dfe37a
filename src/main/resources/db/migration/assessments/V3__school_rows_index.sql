-- Why: the overview pages read only the school-level rows (class_label = '') of an assessment
-- under a path prefix; with class rows twenty times more numerous, a partial index on the school
-- rows keeps those pages' cost proportional to the schools shown.
create index result_aggregate_school_rows on assessments.result_aggregate (assessment_id, org_path)
    where class_label = '' and org_level = 3;
