-- Why: the thresholds of a low solve rate are a region's choice, not a published rule
-- (domain.md §6.2, [U]). A region admin changes them; every change is a new version with its
-- reason, so that a page or an old report can say which thresholds it used. Version 0 is the
-- installation's default from the settings and is not stored.
create table assessments.low_task_rule (
    region_id          uuid not null,
    version            integer not null check (version > 0),
    absolute_threshold numeric(5, 2) not null check (absolute_threshold between 0 and 100),
    gap_below_region   numeric(5, 2) not null check (gap_below_region between 0 and 100),
    reason             text not null check (length(btrim(reason)) > 0),
    created_by         text not null,
    created_at         timestamptz not null default now(),
    primary key (region_id, version)
);
