-- Why: after every ВПР round a municipality or the region writes an analytical note
-- («аналитическая справка») from the same tables and charts Opora shows (issue #21). A note is of
-- one org unit and one year; each issue is a version that keeps the methodist's conclusions and
-- recommendations and the documents as issued, so a note once sent does not change under its
-- readers when results are reloaded.
create schema if not exists reporting;

create table reporting.note (
    id         uuid primary key,
    unit_id    uuid not null,
    unit_path  text collate "C" not null,
    kind       text not null check (kind in ('VPR')),
    year       integer not null,
    title      text not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    unique (unit_id, kind, year)
);
create index note_scope on reporting.note (unit_path, year desc);

create table reporting.note_version (
    note_id         uuid not null references reporting.note (id) on delete cascade,
    number          integer not null,
    conclusions     text not null,
    recommendations text not null,
    docx            bytea not null,
    pdf             bytea not null,
    issued_by       text not null,
    issued_at       timestamptz not null default now(),
    primary key (note_id, number)
);
