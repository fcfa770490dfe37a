-- Why: imports run in the background and are started through the pages and the API alike (issue #14).
-- A job's state is kept here, so that any node answers its status and the region's administrators
-- see the jobs of their region.
create schema if not exists shared;

create table shared.background_job (
    id          uuid primary key,
    kind        text not null,
    owner       text not null,
    region_id   uuid,
    file_name   text not null default '',
    status      text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress    real not null default 0,
    result      jsonb,
    incident    text,
    created_at  timestamptz not null default now(),
    started_at  timestamptz,
    finished_at timestamptz,
    -- touched by every progress write: a running job left untouched for long lost its node
    updated_at  timestamptz not null default now()
);
create index background_job_owner on shared.background_job (owner, created_at desc);
create index background_job_region on shared.background_job (region_id, created_at desc);
