-- Why: a school must publish its work on low results on its own site (issue #21). The school
-- chooses what its public page shows and turns it on; nothing is public until it does.
create table reporting.public_page (
    school_id   uuid primary key,
    school_path text collate "C" not null,
    enabled     boolean not null,
    sections    text[] not null,
    intro       text not null default '',
    updated_by  text not null,
    updated_at  timestamptz not null default now()
);
