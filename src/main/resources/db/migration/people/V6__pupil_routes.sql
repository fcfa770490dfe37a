-- Why: the individual educational routes (ИОМ) a school writes for its pupils at risk (issue #19,
-- docs/domain.md §7.8), re-measured when the next results of the subject arrive; the attendance
-- that suggests absentees; and the school's mapping of participant codes between years, without
-- which a pupil whose code changed could only be re-measured through the class.
create table people.pupil_route (
    id               uuid primary key,
    school_id        uuid not null,
    school_path      text collate "C" not null,
    participant_code text not null,
    class_label      text not null,
    -- the work the deficits were taken from
    assessment_id    uuid not null,
    subject_code     text not null,
    subject_name     text not null,
    grade            integer not null,
    year             integer not null,
    goals            text not null default '',
    outcome          text not null default '',
    state            text not null default 'OPEN' check (state in ('OPEN', 'CLOSED')),
    created_by       text not null,
    created_at       timestamptz not null default now(),
    unique (school_id, participant_code, assessment_id)
);
create index pupil_route_scope on people.pupil_route (school_path);

-- the deficits: the pupil's weak tasks and the skill each checks, with the pupil's score then
create table people.pupil_route_task (
    route_id    uuid not null references people.pupil_route (id) on delete cascade,
    task_number text not null,
    skill_code  text not null default '',
    skill       text not null,
    score       integer not null,
    max_score   integer not null,
    primary key (route_id, task_number)
);

create table people.pupil_route_activity (
    id          uuid primary key,
    route_id    uuid not null references people.pupil_route (id) on delete cascade,
    kind        text not null check (kind in ('LESSONS', 'CONSULTATION', 'TUTOR', 'OTHER')),
    description text not null,
    teacher_id  uuid,
    starts_on   date not null,
    ends_on     date not null check (ends_on >= starts_on)
);
create index pupil_route_activity_teacher on people.pupil_route_activity (teacher_id);

create table people.pupil_route_checkpoint (
    id          uuid primary key,
    route_id    uuid not null references people.pupil_route (id) on delete cascade,
    due_on      date not null,
    description text not null,
    result      text not null default '',
    done        boolean not null default false
);

-- a later work of the subject measured on the route's skills: the pupil's own (PUPIL) when the
-- code is kept or mapped, otherwise the class's (CLASS), against the same basis before
create table people.route_measure (
    route_id        uuid not null references people.pupil_route (id) on delete cascade,
    assessment_id   uuid not null,
    kind            text not null,
    year            integer not null,
    basis           text not null check (basis in ('PUPIL', 'CLASS')),
    measured_code   text not null default '',
    class_label     text not null,
    before_points   integer not null,
    before_possible integer not null,
    after_points    integer not null,
    after_possible  integer not null,
    -- per skill: {"skill": [before points, before possible, after points, after possible]}
    skills          jsonb not null,
    measured_at     timestamptz not null default now(),
    primary key (route_id, assessment_id)
);

-- the school's codes of the same pupil in a later year; one new code belongs to one pupil
create table people.pupil_code_map (
    school_id   uuid not null,
    school_path text collate "C" not null,
    year        integer not null,
    old_code    text not null,
    new_code    text not null,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    primary key (school_id, year, old_code),
    unique (school_id, year, new_code)
);

-- unexcused absences per quarter, from the school's journal
create table people.attendance (
    school_id        uuid not null,
    school_path      text collate "C" not null,
    participant_code text not null,
    class_label      text not null,
    school_year      integer not null,
    quarter          integer not null check (quarter between 1 and 4),
    lessons          integer not null check (lessons > 0),
    unexcused        integer not null check (unexcused between 0 and lessons),
    loaded_by        text not null,
    loaded_at        timestamptz not null default now(),
    primary key (school_id, participant_code, school_year, quarter)
);
