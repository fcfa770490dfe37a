-- Why: an assignee's report often is a document (a plan, an order, a note) rather than a few lines
-- (issue #20); the file is checked and stored as the planning evidence is, and listed here.
create table coordination.assignment_file (
    id            uuid primary key,
    assignment_id uuid not null references coordination.assignment (id) on delete cascade,
    file_name     text not null,
    stored        text not null,
    size_bytes    bigint not null,
    uploaded_by   text not null,
    uploaded_at   timestamptz not null default now()
);
create index assignment_file_of on coordination.assignment_file (assignment_id);
