-- Why: the methodical side of coordination (issue #20, docs/domain.md §4.5, §4.10) lived in plans on
-- paper and in chats: the seminars, master classes and open days of a school, a municipality or the
-- region, who registered and who came; the practices schools share and their moderation; the
-- consulting centres of strong schools and the consultations they held.

-- An event of a level's plan. A periodic event (monthly, quarterly) repeats its first date's day and
-- time until repeat_until; each repetition is an occurrence, identified by its date.
create table coordination.event (
    id             uuid primary key,
    organiser_id   uuid not null,
    organiser_path text collate "C" not null,
    kind           text not null check (kind in ('SEMINAR', 'MASTER_CLASS', 'METHODICAL_LANDING', 'OPEN_DAY',
                                                 'INTERNSHIP_SITE', 'CONFERENCE', 'CONSULTATION', 'OTHER')),
    title          text not null,
    starts_at      timestamp not null,
    ends_at        timestamp not null,
    periodicity    text not null check (periodicity in ('ONCE', 'MONTHLY', 'QUARTERLY')),
    repeat_until   date,
    place          text not null,
    audience       text[] not null,
    risk_code      text,
    roadmap_row    text not null default '',
    description    text not null default '',
    cancelled      boolean not null default false,
    created_by     text not null,
    created_at     timestamptz not null default now(),
    check (ends_at > starts_at),
    check (periodicity = 'ONCE' or repeat_until is not null)
);
create index event_organiser on coordination.event (organiser_path, starts_at);

-- A school registered for an event: how many take part and who (positions, never names: the
-- organiser is above the school).
create table coordination.event_registration (
    id            uuid primary key,
    event_id      uuid not null references coordination.event (id) on delete cascade,
    school_id     uuid not null,
    school_path   text collate "C" not null,
    participants  integer not null check (participants between 1 and 500),
    positions     text not null default '',
    registered_by text not null,
    registered_at timestamptz not null default now(),
    unique (event_id, school_id)
);

-- Who of a registered school came to an occurrence, as the organiser marked it.
create table coordination.event_attendance (
    registration_id uuid not null references coordination.event_registration (id) on delete cascade,
    occurs_on       date not null,
    attended        integer not null check (attended between 0 and 500),
    marked_by       text not null,
    primary key (registration_id, occurs_on)
);

-- The short form a participant fills after an occurrence.
create table coordination.event_feedback (
    id         uuid primary key,
    event_id   uuid not null references coordination.event (id) on delete cascade,
    occurs_on  date not null,
    school_id  uuid not null,
    author     text not null,
    rating     integer not null check (rating between 1 and 5),
    useful     text not null default '',
    wishes     text not null default '',
    at         timestamptz not null default now(),
    unique (event_id, occurs_on, author)
);

-- The reminder before an occurrence is sent once.
create table coordination.event_reminder (
    event_id  uuid not null references coordination.event (id) on delete cascade,
    occurs_on date not null,
    primary key (event_id, occurs_on)
);

-- A secret address of a user's calendar (iCalendar), for a calendar program that cannot sign in;
-- only its SHA-256 is kept, and a new one replaces the old.
create table coordination.calendar_feed (
    username   text primary key,
    token_hash text not null unique,
    created_at timestamptz not null default now()
);

-- A practice a school shares: moderated before anyone else sees it.
create table coordination.practice (
    id            uuid primary key,
    school_id     uuid not null,
    school_path   text collate "C" not null,
    title         text not null,
    subject       text not null default '',
    level         text not null check (level in ('PRIMARY', 'BASIC', 'SECONDARY', 'ALL')),
    risk_codes    text[] not null,
    problem       text not null,
    solution      text not null,
    indicator     text not null,
    value_before  numeric(10, 2) not null,
    value_after   numeric(10, 2) not null,
    higher_better boolean not null default true,
    state         text not null check (state in ('SUBMITTED', 'APPROVED', 'PUBLISHED', 'REJECTED')),
    reason        text not null default '',
    submitted_by  text not null,
    submitted_at  timestamptz not null default now(),
    moderated_by  text,
    moderated_at  timestamptz
);
create index practice_scope on coordination.practice (school_path, state);
create index practice_risks on coordination.practice using gin (risk_codes);

-- The files of events (materials) and practices.
create table coordination.material (
    id          uuid primary key,
    owner_id    uuid not null,
    owner_kind  text not null check (owner_kind in ('EVENT', 'PRACTICE')),
    file_name   text not null,
    stored      text not null,
    size_bytes  bigint not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now()
);
create index material_of on coordination.material (owner_id);

-- A consulting centre: a strong school (or a methodical service) that consults others.
create table coordination.consulting_centre (
    id          uuid primary key,
    owner_id    uuid not null,
    owner_path  text collate "C" not null,
    host_school uuid not null,
    host_path   text collate "C" not null,
    name        text not null,
    subjects    text not null,
    schedule    text not null,
    contact     text not null,
    created_by  text not null,
    created_at  timestamptz not null default now()
);
create index consulting_centre_scope on coordination.consulting_centre (owner_path);

create table coordination.consultation (
    id          uuid primary key,
    centre_id   uuid not null references coordination.consulting_centre (id) on delete cascade,
    held_on     date not null,
    school_id   uuid not null,
    school_path text collate "C" not null,
    topic       text not null,
    consultant  text not null,
    recorded_by text not null,
    recorded_at timestamptz not null default now()
);
create index consultation_of on coordination.consultation (centre_id, held_on desc);
