-- The start page's key figures of a region or a municipality (the share of «2» and of «4» and «5»
-- in each of the latest ВПР years) need only the unit's whole rows: participants and marks. Found
-- through the key, whose first column is the assessment, each assessment of each year was a descent
-- of its own and each row a page of the table: 363 pages a call in a country against 230 in its
-- demo region alone. The schools have their index already (V14); this one holds the regions' and
-- municipalities' rows, about 100 per unit and year: a few megabytes for the whole country.
create index if not exists result_aggregate_unit_marks on assessments.result_aggregate (org_unit_id, assessment_id)
    include (year, region_id, participants, marks)
    where org_level < 3 and class_label = '';
