-- Why: a school's ШНОР status runs from entry to exit over several years (domain.md §4.2, §6.6);
-- the current state is one row per school, and every change is kept with its reason, its author
-- and the run that caused it, so that the history explains itself.
create table identification.shnor_status (
    school_id    uuid primary key,
    school_path  text collate "C" not null,
    region_id    uuid not null,
    state        text not null check (state in ('CANDIDATE', 'CONFIRMED', 'IN_SUPPORT', 'EXIT_PENDING', 'EXITED', 'RETAINED')),
    source       text not null check (source in ('REGIONAL_LIST', 'FEDERAL_LIST', 'MUNICIPAL_DECISION')),
    entry_year   smallint not null,
    entry_run    uuid references identification.run (id),
    exit_year    smallint,
    changed_at   timestamptz not null default now()
);
create index shnor_status_scope on identification.shnor_status (school_path);

create table identification.shnor_status_event (
    id          bigint generated always as identity primary key,
    school_id   uuid not null,
    from_state  text,
    to_state    text not null,
    reason      text not null,
    run_id      uuid references identification.run (id),
    actor       text not null,
    at          timestamptz not null default now()
);
create index shnor_status_event_school on identification.shnor_status_event (school_id, at);
