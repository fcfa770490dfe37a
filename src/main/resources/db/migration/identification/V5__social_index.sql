-- Why: domain.md §6.6 tags a school as working in adverse social conditions (ШНСУ) when its
-- social-context index, where a region has one, is at or above a percentile of the region's
-- schools. The index is imported per school and year; the register's own flag still counts.
create table identification.social_index (
    school_id   uuid not null,
    school_path text collate "C" not null,
    year        smallint not null,
    value       numeric(10, 4) not null,
    imported_by text not null,
    imported_at timestamptz not null default now(),
    primary key (school_id, year)
);
create index social_index_scope on identification.social_index (year, school_path);
