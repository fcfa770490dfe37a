-- Why: the teacher-development loop (issue #18) starts from what a teacher has not mastered.
-- A diagnostic instrument is described like an assessment's catalogue — its items, each with the
-- skill it checks (the same skill codes as the ВПР tasks, so that a teacher's deficit and a class's
-- weak task meet on one code) — and the share below which a skill counts as a deficit, which the
-- instrument carries so that each region's instrument keeps its own rule. Scores are kept per
-- teacher × item; the per-skill result, and whether it is a deficit, is derived from them at import.
-- A course names the skills it addresses; a completion without an end date is an enrolment.
create table people.instrument (
    id           uuid primary key,
    region_id    uuid not null,
    code         text not null,
    title        text not null,
    subject_code text not null,
    kind         text not null check (kind in ('SUBJECT', 'METHODICAL')),
    deficit_below smallint not null check (deficit_below between 1 and 100),
    created_by   text not null,
    created_at   timestamptz not null default now()
);
create unique index instrument_identity on people.instrument (region_id, lower(code));

create table people.instrument_item (
    instrument_id uuid not null references people.instrument (id) on delete cascade,
    position      smallint not null,
    number        text not null,
    max_score     smallint not null check (max_score between 1 and 100),
    skill_code    text not null,
    skill         text not null,
    primary key (instrument_id, number)
);

create table people.diagnostic_score (
    instrument_id uuid not null references people.instrument (id) on delete cascade,
    teacher_id    uuid not null references people.teacher (id) on delete cascade,
    taken_on      date not null,
    item_number   text not null,
    score         smallint not null check (score >= 0),
    updated_by    text not null,
    updated_at    timestamptz not null default now(),
    primary key (instrument_id, teacher_id, taken_on, item_number)
);

-- One row per teacher, diagnostic and skill: derived from diagnostic_score at import.
create table people.diagnostic_skill (
    instrument_id uuid not null references people.instrument (id) on delete cascade,
    teacher_id    uuid not null references people.teacher (id) on delete cascade,
    taken_on      date not null,
    school_id     uuid not null,
    school_path   text collate "C" not null,
    subject_code  text not null,
    skill_code    text not null,
    skill         text not null,
    points        integer not null,
    max_points    integer not null,
    deficit       boolean not null,
    primary key (instrument_id, teacher_id, taken_on, skill_code)
);
create index diagnostic_skill_scope on people.diagnostic_skill (school_path, taken_on);
create index diagnostic_skill_teacher on people.diagnostic_skill (teacher_id, skill_code);

create table people.course_skill (
    course_id  uuid not null references people.course (id) on delete cascade,
    skill_code text not null,
    primary key (course_id, skill_code)
);
create index course_skill_by_skill on people.course_skill (skill_code);

alter table people.course_completion alter column completed_on drop not null;
