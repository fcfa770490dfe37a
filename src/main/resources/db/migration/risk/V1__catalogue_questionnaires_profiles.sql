-- Why: risk profiles are computed from rules that are data (decision 0011). A region's catalogue of
-- a cohort is a versioned JSON document; questionnaires are the cohort's items; schools' answers are
-- kept only as aggregates; profiles are snapshots that explain themselves, kept as history.
create schema if not exists risk;

create table risk.catalogue (
    region_id    uuid not null,
    cohort_year  smallint not null,
    version      int not null check (version >= 1),
    content      jsonb not null,
    reason       text not null,
    created_by   text not null,
    created_at   timestamptz not null default now(),
    primary key (region_id, cohort_year, version)
);

create table risk.questionnaire (
    region_id    uuid not null,
    cohort_year  smallint not null,
    kind         text not null check (kind in ('DIRECTOR', 'TEACHER', 'STUDENT', 'PARENT')),
    title        text not null,
    version      int not null default 1,
    items        jsonb not null,
    updated_by   text not null,
    updated_at   timestamptz not null default now(),
    primary key (region_id, cohort_year, kind)
);

-- one school's answers to one questionnaire, as aggregates (variable → value); a director's own
-- answers are kept (one respondent, at school level) so that the form can be opened again
create table risk.response_summary (
    school_id    uuid not null,
    school_path  text collate "C" not null,
    cohort_year  smallint not null,
    kind         text not null,
    respondents  int not null check (respondents >= 0),
    expected     int check (expected >= 0),
    aggregates   jsonb not null,
    answers      jsonb,
    source       text not null check (source in ('AGGREGATES', 'RESPONSES', 'FORM')),
    loaded_by    text not null,
    loaded_at    timestamptz not null default now(),
    primary key (school_id, cohort_year, kind)
);
create index response_summary_scope on risk.response_summary (cohort_year, school_path);

-- levels imported from ФИС ОКО override the computed level of their factor
create table risk.imported_level (
    school_id    uuid not null,
    school_path  text collate "C" not null,
    cohort_year  smallint not null,
    factor_code  text not null,
    level        text not null check (level in ('HIGH', 'MEDIUM', 'LOW', 'NONE')),
    imported_by  text not null,
    imported_at  timestamptz not null default now(),
    primary key (school_id, cohort_year, factor_code)
);

create table risk.profile (
    id                 bigint generated always as identity primary key,
    school_id          uuid not null,
    school_path        text collate "C" not null,
    cohort_year        smallint not null,
    catalogue_version  int not null,
    entries            jsonb not null,
    cause              text not null,
    computed_at        timestamptz not null default now(),
    is_current         boolean not null default true
);
create unique index profile_current on risk.profile (school_id, cohort_year) where is_current;
create index profile_scope on risk.profile (cohort_year, school_path) where is_current;
create index profile_history on risk.profile (school_id, cohort_year, computed_at desc);

create table risk.self_diagnosis (
    school_id        uuid not null,
    school_path      text collate "C" not null,
    cohort_year      smallint not null,
    entries          jsonb not null,
    updated_by       text not null,
    updated_at       timestamptz not null default now(),
    curator_comment  text,
    commented_by     text,
    commented_at     timestamptz,
    version          int not null default 1,
    primary key (school_id, cohort_year)
);
create index self_diagnosis_scope on risk.self_diagnosis (cohort_year, school_path);
