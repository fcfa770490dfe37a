-- Why: the school register is the spine of Opora. Every org unit (region, municipality, school)
-- sits in one table with a materialised path, so that a user's data scope and every roll-up
-- (school -> municipality -> region) is a prefix match on an index, at any size of the country.
create schema if not exists orgunits;

create table orgunits.org_unit (
    id          uuid primary key,
    kind        text not null check (kind in ('REGION', 'MUNICIPALITY', 'SCHOOL')),
    parent_id   uuid references orgunits.org_unit (id),
    code        text not null,
    name        text not null,
    short_name  text not null,
    -- '/<region id>/<municipality id>/<school id>/'; C collation makes LIKE 'prefix%' use the index
    path        text collate "C" not null unique,
    level       smallint not null check (level between 1 and 3),
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint org_unit_code_unique unique (kind, code),
    constraint org_unit_root_has_no_parent check ((kind = 'REGION') = (parent_id is null))
);
create index org_unit_parent on orgunits.org_unit (parent_id);
create index org_unit_name_search on orgunits.org_unit (lower(name) text_pattern_ops);

create table orgunits.region (
    id              uuid primary key references orgunits.org_unit (id),
    authority_name  text not null
);

create table orgunits.municipality (
    id              uuid primary key references orgunits.org_unit (id),
    authority_name  text,
    oktmo           text
);

create table orgunits.school (
    id                        uuid primary key references orgunits.org_unit (id),
    inn                       text,
    ogrn                      text,
    fis_oko_login             text,
    school_kind               text not null,
    has_primary               boolean not null,
    has_basic                 boolean not null,
    has_secondary             boolean not null,
    settlement                text not null check (settlement in ('URBAN', 'RURAL')),
    is_small                  boolean not null,
    is_correctional           boolean not null,
    students                  integer not null check (students >= 0),
    teachers                  integer not null check (teachers >= 0),
    share_ovz                 numeric(5, 2) check (share_ovz between 0 and 100),
    adverse_social_conditions boolean not null,
    branch_of                 uuid references orgunits.school (id)
);

-- An uploaded register file waits here between its dry run and its commit, so that the commit
-- can be served by any Opora node sharing the database.
create table orgunits.register_upload (
    id           uuid primary key,
    file_name    text not null,
    content      bytea not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null default now()
);
