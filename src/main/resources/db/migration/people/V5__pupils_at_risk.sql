-- Why: the lists of pupils at risk a school keeps by hand (issue #19), built from what Opora holds.
-- The region's rules are versioned like its other rules; they only suggest: a school confirms a
-- pupil at risk, or declines with a reason, and every entry keeps its basis in words. A pupil is
-- the ВПР participant code and class; a name, when the school adds one, stays inside the school.
create table people.at_risk_rule (
    region_id  uuid not null,
    version    integer not null,
    rules      jsonb not null,
    reason     text not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    primary key (region_id, version)
);

create table people.at_risk_pupil (
    id               uuid primary key,
    school_id        uuid not null,
    school_path      text collate "C" not null,
    participant_code text not null,
    class_label      text not null,
    category         text not null check (category in ('LOW_ACHIEVER', 'ABSENTEE', 'OVZ', 'SOCIAL_RISK', 'OTHER')),
    -- what suggested it ("VPR:<assessment id>"), so a decided suggestion is not suggested again
    source_key       text not null,
    basis            text not null,
    rule_version     integer not null,
    state            text not null check (state in ('CONFIRMED', 'DECLINED', 'EXCLUDED')),
    reason           text not null default '',
    pupil_name       text,
    decided_by       text not null,
    decided_at       timestamptz not null default now(),
    unique (school_id, participant_code, category, source_key)
);
create index at_risk_pupil_scope on people.at_risk_pupil (school_path, state);
