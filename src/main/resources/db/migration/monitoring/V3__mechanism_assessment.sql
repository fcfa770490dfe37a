-- Why: regions assess each municipality's system of work with ШНОР every cycle (docs/domain.md §6.7:
-- nine positions of the management cycle, each scored 0–2 with evidence); the municipality fills
-- it in, the region accepts it or returns it with remarks, as document review works.
create table monitoring.mechanism_assessment (
    municipality_id   uuid not null,
    municipality_path text collate "C" not null,
    cycle_year        smallint not null,
    status            text not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    remarks           text,
    updated_by        text not null,
    updated_at        timestamptz not null default now(),
    reviewed_by       text,
    reviewed_at       timestamptz,
    primary key (municipality_id, cycle_year)
);

create table monitoring.mechanism_position (
    municipality_id uuid not null,
    cycle_year      smallint not null,
    position        smallint not null check (position between 1 and 9),
    score           smallint not null check (score between 0 and 2),
    evidence_url    text,
    comment         text,
    primary key (municipality_id, cycle_year, position),
    foreign key (municipality_id, cycle_year) references monitoring.mechanism_assessment (municipality_id, cycle_year)
        on delete cascade
);
