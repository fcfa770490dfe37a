-- Why: two objectivity flags of domain.md §6.5 come from recorded facts, not statistics: the
-- re-check of sampled works by regional experts (original and re-checked primary score per work)
-- and the federal list of schools with signs of non-objective results. Both are imported per file,
-- all or nothing, and replace the earlier rows of the same school and assessment (or year).
create table identification.recheck (
    assessment_id    uuid not null,
    school_id        uuid not null,
    school_path      text collate "C" not null,
    year             smallint not null,
    participant_code text not null,
    original         integer not null check (original >= 0),
    rechecked        integer not null check (rechecked >= 0),
    imported_by      text not null,
    imported_at      timestamptz not null default now(),
    primary key (assessment_id, school_id, participant_code)
);
create index recheck_scope on identification.recheck (year, school_path);

create table identification.federal_list (
    school_id   uuid not null,
    school_path text collate "C" not null,
    year        smallint not null,
    basis       text not null,
    imported_by text not null,
    imported_at timestamptz not null default now(),
    primary key (school_id, year)
);
create index federal_list_scope on identification.federal_list (year, school_path);
