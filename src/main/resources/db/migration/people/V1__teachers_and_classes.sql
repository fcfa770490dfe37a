-- Why: teachers were absent from Opora (issue #18). A school keeps its teachers — what the risk
-- factors and the teacher-development loop need, and nothing more: no passport or contact data
-- beyond a work e-mail, an age group instead of a birth date — and which teacher teaches which
-- class in which subject in a school year, so that results by class can show their teacher to
-- the school and its curator and a teacher can see only their own classes.
create schema if not exists people;

create table people.teacher (
    id               uuid primary key,
    school_id        uuid not null,
    school_path      text collate "C" not null,
    full_name        text not null check (length(btrim(full_name)) > 0),
    subjects         text[] not null default '{}',
    category         text not null check (category in ('NONE', 'FIRST', 'HIGHEST')),
    experience_years smallint check (experience_years between 0 and 70),
    age_group        text check (age_group in ('UNDER_35', 'FROM_35_TO_59', 'FROM_60')),
    position         text not null default '',
    work_email       text,
    username         text,
    active           boolean not null default true,
    updated_by       text not null,
    updated_at       timestamptz not null default now()
);
-- one person once per school: the import matches a row to a teacher by the name
create unique index teacher_person on people.teacher (school_id, lower(full_name));
create unique index teacher_account on people.teacher (username) where username is not null;
create index teacher_scope on people.teacher (school_path);

create table people.class_teacher (
    school_id    uuid not null,
    school_path  text collate "C" not null,
    school_year  smallint not null,
    class_label  text not null,
    subject_code text not null,
    teacher_id   uuid not null references people.teacher (id) on delete cascade,
    updated_by   text not null,
    updated_at   timestamptz not null default now(),
    -- a class has one teacher of a subject in a year
    primary key (school_id, school_year, class_label, subject_code)
);
create index class_teacher_by_teacher on people.class_teacher (teacher_id, school_year);
create index class_teacher_scope on people.class_teacher (school_path, school_year);
