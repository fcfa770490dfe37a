-- Why: a mapping of a file's header to a task applied to every later file of the assessment, in every
-- region, and any school could set one: one school's swapped tasks were silently applied to another
-- municipality's file (issue #15, M1). A mapping now belongs to a region and is set by its
-- administrators; the unscoped ones cannot be assigned to a region and are dropped (set them again
-- from the import report of the region's next file).
delete from assessments.column_mapping;
alter table assessments.column_mapping add column region_id uuid not null;
alter table assessments.column_mapping drop constraint column_mapping_pkey;
alter table assessments.column_mapping add primary key (assessment_id, region_id, header);
