-- Why: every participant must see what is theirs to do (issue #6): an assignment, a submission, a
-- review, an overdue measure. Notifications are kept per recipient until read; e-mail is a copy.
create schema if not exists coordination;

create table coordination.notification (
    id          uuid primary key,
    recipient   text not null,
    kind        text not null,
    text        text not null,
    link        text not null,
    created_at  timestamptz not null default now(),
    read_at     timestamptz,
    emailed_at  timestamptz
);
create index notification_unread on coordination.notification (lower(recipient), created_at desc) where read_at is null;
create index notification_recipient on coordination.notification (lower(recipient), created_at desc);
