-- Why: a school writes a programme of work for each category of its pupils at risk (issue #19), a
-- document of the same life as an anti-risk programme: one per category, as an anti-risk programme
-- is one per risk. The column that names an anti-risk programme's risk names the category here.
alter table planning.document drop constraint document_type_check;
alter table planning.document add constraint document_type_check
    check (type in ('CONCEPT', 'MIDTERM_PROGRAM', 'ANTIRISK_PROGRAM', 'ROADMAP', 'MUNICIPAL_ROADMAP', 'PUPIL_PROGRAM'));
alter table planning.document drop constraint document_check;
alter table planning.document add constraint document_subject_check
    check ((type in ('ANTIRISK_PROGRAM', 'PUPIL_PROGRAM')) = (risk_factor is not null));
comment on column planning.document.risk_factor is
    'the risk of an ANTIRISK_PROGRAM, the category of pupils at risk of a PUPIL_PROGRAM; null otherwise';
