-- Why: a curator's visit keeps its attachments (the protocol, photos of the lesson observed; issue #6),
-- stored on disk under names Opora makes, with the uploader's name kept as text.
create table support.visit_file (
    id            uuid primary key,
    visit_id      uuid not null references support.visit (id) on delete cascade,
    name          text not null,
    content_type  text,
    size_bytes    bigint not null,
    stored_name   text not null,
    added_at      timestamptz not null default now()
);
create index visit_file_visit on support.visit_file (visit_id);
