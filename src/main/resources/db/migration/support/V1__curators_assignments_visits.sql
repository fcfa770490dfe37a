-- Why: each ШНОР gets a curator (issue #6, domain.md §4.2). A curator's profile says what they can
-- help with; an assignment is kept with who made it and why (the matching's explanation), and ends
-- rather than being deleted; visits are the curator's log of work at the school.
create schema if not exists support;

create table support.curator (
    username        text primary key,
    region_id       uuid not null,
    organisation    text not null default '',
    position        text not null default '',
    subjects        text[] not null default '{}',
    expertise       text[] not null default '{}',
    municipality_id uuid,
    caseload_limit  int not null default 2 check (caseload_limit between 0 and 50),
    own_school_id   uuid,
    updated_by      text not null,
    updated_at      timestamptz not null default now()
);

create table support.assignment (
    id           uuid primary key,
    cohort_year  smallint not null,
    school_id    uuid not null references orgunits.org_unit (id),
    school_path  text not null,
    curator      text not null references support.curator (username),
    reason       text not null default '',
    assigned_by  text not null,
    assigned_at  timestamptz not null default now(),
    ended_by     text,
    ended_at     timestamptz
);
create unique index assignment_active on support.assignment (school_id, cohort_year) where ended_at is null;
create index assignment_curator on support.assignment (curator) where ended_at is null;

create table support.visit (
    id               uuid primary key,
    school_id        uuid not null references orgunits.org_unit (id),
    school_path      text not null,
    curator          text not null,
    visit_date       date not null,
    format           text not null check (format in ('ON_SITE', 'ONLINE')),
    purpose          text not null,
    findings         text not null default '',
    recommendations  text not null default '',
    created_at       timestamptz not null default now()
);
create index visit_school on support.visit (school_id, visit_date desc);
