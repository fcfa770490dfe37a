-- A one-time password (from an administrator or the first start) must be replaced at the next sign-in.
alter table identity.user_account add column must_change_password boolean not null default false;

-- API tokens of service accounts: only a hash is kept; the token is shown once when created.
create table identity.api_token (
    id           uuid primary key,
    user_account uuid not null references identity.user_account (id) on delete cascade,
    name         text not null,
    token_hash   text not null unique,
    created_by   text not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    revoked_by   text,
    last_used_at timestamptz
);
create index api_token_user on identity.api_token (user_account);
