-- Why: users, their roles and data scopes, the sign-in throttle, the audit log of who changed
-- what, and the HTTP sessions (stored here so that several Opora nodes can share them).
create schema if not exists identity;

create table identity.user_account (
    id              uuid primary key,
    username        text not null,
    full_name       text not null,
    email           text,
    password_hash   text not null,
    role            text not null,
    enabled         boolean not null default true,
    version         integer not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index user_account_username on identity.user_account (lower(username));

-- The org units whose subtree the user may see: a region, a municipality, a school, or a
-- curator's assigned schools. Org units belong to orgunits; only their id is kept here.
create table identity.user_scope (
    user_account  uuid not null references identity.user_account (id) on delete cascade,
    org_unit_id   uuid not null references orgunits.org_unit (id),
    primary key (user_account, org_unit_id)
);

create table identity.sign_in_failure (
    username   text not null,
    failed_at  timestamptz not null default now()
);
create index sign_in_failure_user on identity.sign_in_failure (lower(username), failed_at);

create table identity.audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null default now(),
    actor        text not null,
    entity_type  text not null,
    entity_id    text not null,
    entity_label text not null,
    action       text not null,
    before_state jsonb,
    after_state  jsonb
);
create index audit_event_time on identity.audit_event (occurred_at desc);
create index audit_event_entity on identity.audit_event (entity_type, entity_id);

-- Spring Session JDBC (schema-postgresql.sql of spring-session-jdbc, in this schema)
create table identity.spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on identity.spring_session (session_id);
create index spring_session_ix2 on identity.spring_session (expiry_time);
create index spring_session_ix3 on identity.spring_session (principal_name);

create table identity.spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references identity.spring_session (primary_id) on delete cascade
);
