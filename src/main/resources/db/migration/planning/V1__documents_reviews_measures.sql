-- Why: the school's documents of the support cycle live here instead of Word files and e-mail
-- (issue #6). A document keeps its working content and an optimistic version; each submission is an
-- immutable numbered version; every transition is kept as history. Reviews belong to a submitted
-- version. Measures of an approved document are executed as rows of their own, with evidence.
create schema if not exists planning;

create table planning.document (
    id               uuid primary key,
    school_id        uuid not null references orgunits.org_unit (id),
    school_path      text not null,
    cohort_year      smallint not null,
    type             text not null check (type in ('CONCEPT', 'MIDTERM_PROGRAM', 'ANTIRISK_PROGRAM', 'ROADMAP')),
    risk_factor      text,
    title            text not null,
    period_from      date not null,
    period_to        date not null,
    status           text not null,
    content          jsonb not null,
    version          int not null,
    submitted_number int,
    approved_number  int,
    created_by       text not null,
    created_at       timestamptz not null default now(),
    updated_by       text not null,
    updated_at       timestamptz not null default now(),
    check ((type = 'ANTIRISK_PROGRAM') = (risk_factor is not null))
);
create unique index document_one_per_kind
    on planning.document (school_id, cohort_year, type, coalesce(risk_factor, ''));
create index document_scope on planning.document (cohort_year, school_path);

create table planning.document_version (
    document_id   uuid not null references planning.document (id) on delete cascade,
    number        int not null,
    content       jsonb not null,
    period_from   date not null,
    period_to     date not null,
    submitted_by  text not null,
    submitted_at  timestamptz not null default now(),
    primary key (document_id, number)
);

create table planning.document_event (
    id           bigserial primary key,
    document_id  uuid not null references planning.document (id) on delete cascade,
    transition   text not null,
    from_status  text not null,
    to_status    text not null,
    actor        text not null,
    note         text,
    at           timestamptz not null default now()
);
create index document_event_document on planning.document_event (document_id, at);

create table planning.review (
    id              uuid primary key,
    document_id     uuid not null references planning.document (id) on delete cascade,
    version_number  int not null,
    expert          text not null,
    assigned_by     text not null,
    assigned_at     timestamptz not null default now(),
    due_date        date not null,
    scores          jsonb not null default '[]',
    remarks         jsonb not null default '[]',
    summary         text,
    verdict         text,
    completed_at    timestamptz
);
create index review_expert on planning.review (lower(expert), completed_at);
create unique index review_open_per_document on planning.review (document_id) where completed_at is null;

create table planning.measure (
    id            uuid primary key,
    document_id   uuid not null references planning.document (id) on delete cascade,
    school_id     uuid not null,
    school_path   text not null,
    title         text not null,
    responsible   text not null,
    due_date      date not null,
    status        text not null,
    completed_on  date,
    cancel_reason text,
    version       int not null default 0,
    updated_by    text,
    updated_at    timestamptz not null default now()
);
create index measure_scope on planning.measure (school_path, status, due_date);

create table planning.evidence (
    id            uuid primary key,
    measure_id    uuid not null references planning.measure (id) on delete cascade,
    kind          text not null check (kind in ('FILE', 'LINK')),
    name          text not null,
    content_type  text,
    size_bytes    bigint,
    stored_name   text,
    url           text,
    added_by      text not null,
    added_at      timestamptz not null default now()
);

create table planning.measure_comment (
    id          bigserial primary key,
    measure_id  uuid not null references planning.measure (id) on delete cascade,
    author      text not null,
    text        text not null,
    at          timestamptz not null default now()
);

-- One row per job and day: the node that inserts it runs the job, the others skip it.
create table planning.job_run (
    job         text not null,
    day         date not null,
    started_at  timestamptz not null default now(),
    primary key (job, day)
);
