-- Why: independent observers at ВПР are the measure that makes results trustworthy (domain.md
-- §6.5: «ВПР в присутствии независимых наблюдателей»); their records sit beside the flags they
-- answer, and the reviewer sees them on the school's evidence page.
create table identification.observation (
    id            bigint generated always as identity primary key,
    school_id     uuid not null,
    school_path   text collate "C" not null,
    year          smallint not null,
    assessment_id uuid not null,
    observed_on   date not null,
    observer      text not null,
    remarks       text not null default '',
    imported_by   text not null,
    imported_at   timestamptz not null default now(),
    unique (school_id, assessment_id, observed_on, observer)
);
create index observation_scope on identification.observation (year, school_path);
