-- Why: the foreign key from work_block to assessment ran one check per block (a query and a row lock
-- on the assessment), some 40 % of PostgreSQL's time in a results COPY: 80,000 blocks of 3 million
-- works cost 2.8 s with it and 1.7 s without (decision 0036). The import now takes the same lock
-- once (ResultImport: the assessment is held "for key share" until the import commits), and an
-- assessment that has works cannot be deleted: the trigger below refuses it as the key did.

do $$
declare
    key text;
begin
    for key in select conname from pg_constraint
                where conrelid = 'assessments.work_block'::regclass and contype = 'f'
    loop
        execute format('alter table assessments.work_block drop constraint %I', key);
    end loop;
end $$;

create function assessments.refuse_deleting_assessed() returns trigger language plpgsql as $$
begin
    if exists (select 1 from assessments.work_block where assessment_id = old.id) then
        raise exception 'assessment % has works: withdraw its results first', old.id
            using errcode = 'foreign_key_violation';
    end if;
    return old;
end $$;

create trigger assessment_keeps_its_works before delete on assessments.assessment
    for each row execute function assessments.refuse_deleting_assessed();
