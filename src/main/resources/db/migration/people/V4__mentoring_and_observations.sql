-- Why: mentoring (целевая модель наставничества) and lesson observation are how a school develops
-- its teachers between courses (issue #18). A pair of a mentor and a mentee of the school, with its
-- form and period, carries the mentee's individual development plan (ИОМ педагога) as measures with
-- deadlines, like a roadmap's. A lesson observation — for mentoring or a mutual visit
-- (взаимопосещение) — scores the lesson by the region's observation protocol, whose criteria are
-- versioned so that an old observation keeps the criteria it was scored by.
create table people.mentoring_pair (
    id          uuid primary key,
    school_id   uuid not null,
    school_path text collate "C" not null,
    mentor_id   uuid not null references people.teacher (id) on delete cascade,
    mentee_id   uuid not null references people.teacher (id) on delete cascade,
    form        text not null check (form in ('YOUNG_SPECIALIST', 'DIFFICULTIES', 'LEADER', 'PEER')),
    starts_on   date not null,
    ends_on     date not null,
    goal        text not null default '',
    created_by  text not null,
    created_at  timestamptz not null default now(),
    check (mentor_id <> mentee_id),
    check (ends_on >= starts_on)
);
create index mentoring_pair_scope on people.mentoring_pair (school_path);

create table people.development_item (
    id          uuid primary key,
    pair_id     uuid not null references people.mentoring_pair (id) on delete cascade,
    title       text not null check (length(btrim(title)) > 0),
    due_on      date not null,
    done_on     date,
    result      text not null default '',
    updated_by  text not null,
    updated_at  timestamptz not null default now()
);
create index development_item_pair on people.development_item (pair_id, due_on);

create table people.observation_protocol (
    region_id  uuid not null,
    version    integer not null,
    criteria   jsonb not null,
    reason     text not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    primary key (region_id, version)
);

create table people.lesson_observation (
    id               uuid primary key,
    school_id        uuid not null,
    school_path      text collate "C" not null,
    observer_id      uuid not null references people.teacher (id) on delete cascade,
    teacher_id       uuid not null references people.teacher (id) on delete cascade,
    pair_id          uuid references people.mentoring_pair (id) on delete set null,
    purpose          text not null check (purpose in ('MENTORING', 'MUTUAL_VISIT', 'ADMINISTRATIVE')),
    class_label      text not null,
    subject_code     text not null,
    observed_on      date not null,
    protocol_version integer not null,
    criteria         jsonb not null,
    scores           smallint[] not null,
    comments         text not null default '',
    created_by       text not null,
    created_at       timestamptz not null default now(),
    check (observer_id <> teacher_id)
);
create index lesson_observation_scope on people.lesson_observation (school_path, observed_on);
create index lesson_observation_teacher on people.lesson_observation (teacher_id, observed_on);
