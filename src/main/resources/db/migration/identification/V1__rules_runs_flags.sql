-- Why: identification must be checkable. A region's rule set is versioned like its other rules
-- (decision 0010); a run keeps the parameters it used, the fingerprints of its inputs and every
-- school's verdict with the numbers behind it, so that a list can be explained years later.
create schema if not exists identification;

create table identification.rule_set (
    region_id  uuid not null,
    version    integer not null check (version > 0),
    params     jsonb not null,
    reason     text not null check (length(btrim(reason)) > 0),
    created_by text not null,
    created_at timestamptz not null default now(),
    primary key (region_id, version)
);

create table identification.run (
    id           uuid primary key,
    region_id    uuid not null,
    region_path  text collate "C" not null,
    year         smallint not null,
    rule_version integer not null,
    params       jsonb not null,
    -- per assessment of the window: its region total (participants, primary sum) when the run read it
    inputs       jsonb not null,
    thresholds   jsonb not null,
    schools      integer not null,
    candidates   integer not null,
    status       text not null check (status in ('DRAFT', 'CONFIRMED')),
    created_by   text not null,
    created_at   timestamptz not null default now(),
    confirmed_by text,
    confirmed_at timestamptz
);
create index run_region on identification.run (region_id, year, created_at desc);

create table identification.run_school (
    run_id      uuid not null references identification.run (id) on delete cascade,
    school_id   uuid not null,
    school_path text collate "C" not null,
    outcome     text not null,
    verdict     jsonb not null,
    primary key (run_id, school_id)
);
create index run_school_scope on identification.run_school (run_id, school_path);

-- A flag is evidence for a human review: its values are recomputed by each run, its review
-- (status, comment, reviewer) is kept.
create table identification.objectivity_flag (
    school_id   uuid not null,
    school_path text collate "C" not null,
    year        smallint not null,
    code        text not null,
    value       numeric not null,
    threshold   numeric not null,
    evidence    jsonb not null,
    computed_at timestamptz not null default now(),
    status      text not null default 'OPEN' check (status in ('OPEN', 'CONFIRMED', 'DISMISSED')),
    comment     text,
    reviewed_by text,
    reviewed_at timestamptz,
    primary key (school_id, year, code)
);
create index objectivity_flag_scope on identification.objectivity_flag (year, school_path);
