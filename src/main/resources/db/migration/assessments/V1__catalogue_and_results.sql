-- Why: the assessment catalogue (tasks, skills, scales), participant results stored compactly
-- (one byte per task score), and the additive aggregates per class and org unit that every
-- analysis page reads, so that a page's cost grows with what it shows, not with what is stored.
-- School and org-unit ids refer to orgunits.org_unit without a foreign key: Spring Modulith may
-- migrate this module before orgunits, and the import checks every school against the register.
create schema if not exists assessments;

create table assessments.assessment (
    id            uuid primary key,
    kind          text not null check (kind in ('VPR', 'OGE', 'EGE', 'REGIONAL')),
    year          smallint not null,
    subject_code  text not null,
    subject_name  text not null,
    grade         smallint not null check (grade between 1 and 11),
    max_primary   smallint not null,
    min3          smallint not null,
    min4          smallint not null,
    min5          smallint not null,
    version       integer not null default 0,
    constraint assessment_identity unique (kind, year, subject_code, grade)
);

create table assessments.task (
    assessment_id uuid not null references assessments.assessment (id) on delete cascade,
    position      smallint not null,
    number        text not null,
    max_score     smallint not null check (max_score between 1 and 100),
    skill_code    text,
    skill         text,
    difficulty    text not null check (difficulty in ('BASIC', 'ADVANCED', 'HIGH')),
    primary key (assessment_id, position),
    constraint task_number_unique unique (assessment_id, number)
);

-- One row per work. scores: one byte per task in catalogue order, 255 = not attempted.
-- The key starts with the school, so that a school's works are read and replaced together.
create table assessments.participant_result (
    assessment_id    uuid not null references assessments.assessment (id),
    school_id        uuid not null,
    participant_code text not null,
    class_label      text not null,
    variant          smallint not null,
    scores           bytea not null,
    primary_score    smallint not null,
    mark             smallint not null check (mark between 2 and 5),
    journal_mark     smallint check (journal_mark between 1 and 5),
    gender           char(1),
    ovz              boolean not null default false,
    primary key (school_id, assessment_id, participant_code)
);

-- Additive aggregates: per class of a school (class_label <> ''), per school, municipality and
-- region (class_label = ''), split by the ОВЗ flag so that the ОВЗ filter is a choice of rows.
-- org_path is the org unit's materialised path at import, for scope filtering and roll-ups.
create table assessments.result_aggregate (
    assessment_id  uuid not null references assessments.assessment (id),
    org_unit_id    uuid not null,
    org_level      smallint not null,
    org_path       text collate "C" not null,
    class_label    text not null,
    ovz            boolean not null,
    participants   integer not null,
    primary_sum    bigint not null,
    marks          integer[] not null,
    histogram      integer[] not null,
    task_sums      bigint[] not null,
    journal        integer[] not null,
    primary key (assessment_id, org_unit_id, class_label, ovz)
);
create index result_aggregate_scope on assessments.result_aggregate (assessment_id, org_level, org_path);
