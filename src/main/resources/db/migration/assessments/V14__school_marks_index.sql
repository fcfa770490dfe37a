-- The weak subjects of a list of schools (the curators' pages: each ШНОР's «2» in each of the
-- year's ВПР beside the region's share) need only a school row's participants and marks. With them
-- in the index the schools' rows are read from it alone: found through the table they were 728 rows
-- on 587 pages for a region's 39 ШНОР in the region alone and 2,089 in a country of 40,000 schools
-- (9.7 and 11.9 ms; 1.9 and 2.5 ms from this index). The year and region are kept too, so that the
-- partitions' conditions are checked in the index. About 75 bytes per school, assessment and ОВЗ
-- group: 305 MB for three national years.
create index if not exists result_aggregate_school_marks on assessments.result_aggregate (org_unit_id, assessment_id)
    include (year, region_id, participants, marks)
    where org_level = 3 and class_label = '';
