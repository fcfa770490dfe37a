-- Why: failed sign-ins were counted per login only, so anyone could lock any account (the service
-- account included) by typing five wrong passwords for it (issue #15, M3). Failures now count per
-- login and client address: an attacker elsewhere slows down only themselves.
alter table identity.sign_in_failure add column address text not null default '';
create index sign_in_failure_user_address on identity.sign_in_failure (lower(username), address, failed_at);
