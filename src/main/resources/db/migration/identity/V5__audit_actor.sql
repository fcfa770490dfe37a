-- «Who changed what» is the audit page's main question: a filter by the person reads that person's
-- entries newest first from this index instead of walking the whole log backwards.
create index audit_event_actor on identity.audit_event (lower(actor), id desc);
