-- Why: КПК — courses of professional development — are what a teacher's deficits lead to (issue
-- #18): a region's catalogue of courses (provider, title, hours, format, what they address) and
-- each teacher's completions with the certificate, so that the share of teachers trained in a year
-- can be read per school.
create table people.course (
    id          uuid primary key,
    region_id   uuid not null,
    provider    text not null,
    title       text not null,
    hours       smallint not null check (hours between 1 and 2000),
    format      text not null check (format in ('IN_PERSON', 'REMOTE', 'MIXED')),
    addresses   text not null default '',
    created_by  text not null,
    created_at  timestamptz not null default now()
);
create unique index course_identity on people.course (region_id, lower(provider), lower(title));

create table people.course_completion (
    course_id      uuid not null references people.course (id) on delete cascade,
    teacher_id     uuid not null references people.teacher (id) on delete cascade,
    school_id      uuid not null,
    school_path    text collate "C" not null,
    started_on     date not null,
    completed_on   date not null check (completed_on >= started_on),
    certificate_no text not null default '',
    updated_by     text not null,
    updated_at     timestamptz not null default now(),
    primary key (course_id, teacher_id, started_on)
);
create index course_completion_scope on people.course_completion (school_path, completed_on);
