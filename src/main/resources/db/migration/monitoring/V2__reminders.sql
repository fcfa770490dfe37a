-- Why: schools are reminded before a campaign's deadline and told when it passed with values
-- missing (issue #17). The day's check runs once however many nodes share the database (the node
-- that claims the day runs it, decision 0012), and each school hears each kind once per campaign.
create table monitoring.job_run (
    job text not null,
    day date not null,
    primary key (job, day)
);

create table monitoring.reminder_sent (
    campaign_id uuid not null references monitoring.campaign (id) on delete cascade,
    school_id   uuid not null,
    kind        text not null check (kind in ('DUE_SOON', 'OVERDUE')),
    sent_on     date not null,
    primary key (campaign_id, school_id, kind)
);
