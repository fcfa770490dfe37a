-- Why: files name some task columns differently from the catalogue (the «Протокол» form writes
-- «11.3 k1» where the description says «11»). A mapping made once is kept for every later file
-- of the same assessment.
create table assessments.column_mapping (
    assessment_id uuid not null references assessments.assessment (id) on delete cascade,
    header        text not null,
    task_number   text not null,
    created_by    text not null,
    created_at    timestamptz not null default now(),
    primary key (assessment_id, header)
);
