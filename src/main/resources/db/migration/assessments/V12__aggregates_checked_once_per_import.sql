-- Why: as V11 did for the blocks, the aggregates' foreign key to assessment ran one check per row
-- (a query and a row lock on the assessment) when an import COPYs its school sums and roll-up:
-- most of PostgreSQL's time in those two phases (8,000 rows for 3 million works). The import holds
-- the assessment "for key share" until it commits (V11), and the trigger of V11 now refuses to
-- delete an assessment that has aggregates as well as one that has works.

do $$
declare
    key text;
begin
    for key in select conname from pg_constraint
                where conrelid = 'assessments.result_aggregate'::regclass and contype = 'f'
    loop
        execute format('alter table assessments.result_aggregate drop constraint %I', key);
    end loop;
end $$;

create or replace function assessments.refuse_deleting_assessed() returns trigger language plpgsql as $$
begin
    if exists (select 1 from assessments.work_block where assessment_id = old.id)
       or exists (select 1 from assessments.result_aggregate where assessment_id = old.id) then
        raise exception 'assessment % has works: withdraw its results first', old.id
            using errcode = 'foreign_key_violation';
    end if;
    return old;
end $$;
