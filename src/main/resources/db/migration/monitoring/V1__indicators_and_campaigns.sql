-- Why: a region must show whether support worked (issue #17): what each ШНОР measured at the start,
-- each quarter and at the end, entered with evidence, confirmed by the curator or the municipality.
-- The indicator set is the region's, versioned like its other rules (decision 0010); a campaign
-- keeps the set it was opened with, so that a published campaign never changes under its readers.
create schema if not exists monitoring;

create table monitoring.indicator_set (
    region_id  uuid not null,
    version    integer not null check (version > 0),
    indicators jsonb not null,
    reason     text not null check (length(btrim(reason)) > 0),
    created_by text not null,
    created_at timestamptz not null default now(),
    primary key (region_id, version)
);

create table monitoring.campaign (
    id                uuid primary key,
    region_id         uuid not null,
    region_path       text collate "C" not null,
    cohort_year       smallint not null,
    kind              text not null check (kind in ('INITIAL', 'QUARTERLY', 'INTERMEDIATE', 'FINAL')),
    status            text not null check (status in ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED')),
    opens_on          date not null,
    due_on            date not null check (due_on >= opens_on),
    indicator_version integer not null,
    indicators        jsonb not null,
    created_by        text not null,
    created_at        timestamptz not null default now()
);
create index campaign_region on monitoring.campaign (region_id, cohort_year, opens_on);

-- the cohort's schools when the campaign was created: the campaign's scope does not move with later changes
create table monitoring.campaign_school (
    campaign_id uuid not null references monitoring.campaign (id) on delete cascade,
    school_id   uuid not null,
    school_path text collate "C" not null,
    primary key (campaign_id, school_id)
);
create index campaign_school_scope on monitoring.campaign_school (campaign_id, school_path);

create table monitoring.indicator_value (
    campaign_id  uuid not null references monitoring.campaign (id) on delete cascade,
    school_id    uuid not null,
    school_path  text collate "C" not null,
    indicator    text not null,
    value        numeric not null,
    computed     boolean not null,
    evidence_url text,
    status       text not null check (status in ('ENTERED', 'CONFIRMED', 'REJECTED')),
    comment      text,
    entered_by   text not null,
    entered_at   timestamptz not null default now(),
    reviewed_by  text,
    reviewed_at  timestamptz,
    primary key (campaign_id, school_id, indicator)
);
create index indicator_value_scope on monitoring.indicator_value (campaign_id, school_path);
