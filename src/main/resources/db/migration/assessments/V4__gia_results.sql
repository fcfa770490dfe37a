-- Why: ОГЭ and ЕГЭ results reach regions as per-school, per-subject aggregates (participants,
-- below the minimum, mean score, marks for ОГЭ). They confirm or contradict ВПР results and feed
-- identification; a re-import replaces the row of the same exam, year, subject and school.
create table assessments.gia_result (
    exam          text not null check (exam in ('OGE', 'EGE')),
    year          smallint not null,
    subject_code  text not null,
    subject_name  text not null,
    school_id     uuid not null,
    school_path   text collate "C" not null,
    participants  integer not null check (participants > 0),
    below_minimum integer not null check (below_minimum between 0 and participants),
    mean_score    numeric(6, 2) not null,
    marks         integer[],
    imported_by   text not null,
    imported_at   timestamptz not null default now(),
    primary key (exam, year, subject_code, school_id)
);
create index gia_result_scope on assessments.gia_result (exam, year, subject_code, school_path);
