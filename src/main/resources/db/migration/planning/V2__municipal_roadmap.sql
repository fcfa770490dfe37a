-- Why: the municipality's roadmap (domain.md §7.4) is a document of the same life as a school's, owned
-- by the municipality: for that type «school_id» holds the municipality's org unit, and its measures
-- name the schools they target.
alter table planning.document drop constraint document_type_check;
alter table planning.document add constraint document_type_check
    check (type in ('CONCEPT', 'MIDTERM_PROGRAM', 'ANTIRISK_PROGRAM', 'ROADMAP', 'MUNICIPAL_ROADMAP'));
comment on column planning.document.school_id is 'the school, or the municipality for a MUNICIPAL_ROADMAP';
