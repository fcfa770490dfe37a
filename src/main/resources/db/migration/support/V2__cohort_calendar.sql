-- Why: a cohort is a project year with its ШНОР and the cycle calendar of domain.md §8.1 (issue #6);
-- its schools come from confirmed statuses or are chosen by hand, and each step has a due date the
-- region sets, so that every school's progress can be read against it.
create table support.cohort (
    region_id    uuid not null,
    year         smallint not null,
    name         text not null,
    start_date   date not null,
    end_date     date not null,
    created_by   text not null,
    created_at   timestamptz not null default now(),
    primary key (region_id, year),
    check (start_date <= end_date)
);

create table support.cohort_school (
    region_id    uuid not null,
    year         smallint not null,
    school_id    uuid not null references orgunits.org_unit (id),
    school_path  text not null,
    source       text not null check (source in ('STATUS', 'MANUAL')),
    added_by     text not null,
    added_at     timestamptz not null default now(),
    primary key (region_id, year, school_id),
    foreign key (region_id, year) references support.cohort (region_id, year) on delete cascade
);

create table support.cycle_step (
    region_id  uuid not null,
    year       smallint not null,
    step       smallint not null,
    code       text not null,
    due_date   date not null,
    primary key (region_id, year, step),
    foreign key (region_id, year) references support.cohort (region_id, year) on delete cascade
);
