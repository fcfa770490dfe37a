-- Why: an admin reads the audit entries of their own scope only. Each entry keeps the
-- materialised path of the org unit it concerns (a school, a municipality, or a user's first
-- scope unit), so that the audit page filters by path prefix like every other list.
alter table identity.audit_event add column org_path text collate "C";
create index audit_event_org_path on identity.audit_event (org_path);
