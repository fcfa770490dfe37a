-- Why: the meetings of a project office or a council, whose decisions become assignments (поручения)
-- with deadlines, reports and follow-up (issue #20, docs/domain.md §7.5, §8.3), were kept in Word
-- protocols and e-mail. A meeting belongs to the region or municipality that holds it; each agenda
-- item keeps «слушали / выступили / решили»; an assignment goes from the holder to a municipality
-- or school inside its scope and lives through its states with its history.
create table coordination.meeting (
    id          uuid primary key,
    holder_id   uuid not null,
    holder_path text collate "C" not null,
    held_on     date not null,
    title       text not null,
    format      text not null,
    chair       text not null,
    attendees   text not null,
    created_by  text not null,
    created_at  timestamptz not null default now()
);
create index meeting_scope on coordination.meeting (holder_path, held_on desc);

create table coordination.agenda_item (
    id         uuid primary key,
    meeting_id uuid not null references coordination.meeting (id) on delete cascade,
    position   integer not null,
    topic      text not null,
    heard      text not null default '',
    spoke      text not null default '',
    decided    text not null default '',
    unique (meeting_id, position)
);

create table coordination.assignment (
    id            uuid primary key,
    meeting_id    uuid references coordination.meeting (id),
    item_id       uuid references coordination.agenda_item (id),
    issuer_id     uuid not null,
    issuer_path   text collate "C" not null,
    issued_by     text not null,
    assignee_id   uuid not null,
    assignee_path text collate "C" not null,
    text          text not null,
    report_form   text not null,
    due_on        date not null,
    state         text not null check (state in ('ISSUED', 'ACCEPTED', 'IN_PROGRESS', 'REPORTED', 'CLOSED', 'CANCELLED')),
    -- set by the daily check when the deadline passed unreported; the assignee's superior level heard of it
    overdue_since date,
    escalated     boolean not null default false,
    report        text not null default '',
    reported_on   date,
    created_at    timestamptz not null default now()
);
create index assignment_assignee on coordination.assignment (assignee_path, state);
create index assignment_issuer on coordination.assignment (issuer_path, state);

create table coordination.assignment_event (
    assignment_id uuid not null references coordination.assignment (id) on delete cascade,
    at            timestamptz not null default now(),
    actor         text not null,
    state_from    text,
    state_to      text not null,
    note          text not null default ''
);
create index assignment_event_of on coordination.assignment_event (assignment_id, at);

-- the daily checks run once a day whichever node claims the day first
create table coordination.job_run (
    job        text not null,
    day        date not null,
    started_at timestamptz not null default now(),
    primary key (job, day)
);
