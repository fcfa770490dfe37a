-- Why: each ШНОР may be paired with a tutor school (школа-тьютор, domain.md §4.2) that is strong where
-- the ШНОР is weak; the link keeps the directions (risk factors) it works on and who made it.
create table support.tutor_link (
    id                uuid primary key,
    cohort_year       smallint not null,
    school_id         uuid not null references orgunits.org_unit (id),
    school_path       text not null,
    tutor_school_id   uuid not null references orgunits.org_unit (id),
    directions        text[] not null default '{}',
    reason            text not null default '',
    created_by        text not null,
    created_at        timestamptz not null default now(),
    check (school_id <> tutor_school_id)
);
create unique index tutor_link_one on support.tutor_link (school_id, cohort_year);
