-- Why: the overview of pupils at risk counted distinct codes over every entry of the reader's scope
-- on each request: 20-45 ms for the demo region's 20,000 entries, growing with the region (#22).
-- The counts per school, category and state are kept beside the entries instead, rewritten for the
-- schools each statement touched (one statement per school's decisions, per file, per move), so a
-- region's overview reads one row per school and category.
create table people.at_risk_count (
    school_id   uuid not null,
    school_path text collate "C" not null,
    category    text not null,
    state       text not null,
    pupils      integer not null,
    primary key (school_id, category, state)
);
create index at_risk_count_scope on people.at_risk_count (school_path);

-- a recount reads a few schools' entries: by the index always, even when the statistics still say
-- the table is empty (a region's decisions written in one transaction found it by sequential scans,
-- 5 ms a statement instead of 1)
create function people.recount_at_risk(schools uuid[]) returns void language sql
set enable_seqscan = off as $$
    delete from people.at_risk_count where school_id = any(schools);
    insert into people.at_risk_count (school_id, school_path, category, state, pupils)
    select school_id, max(school_path), category, state, count(distinct participant_code)
      from people.at_risk_pupil where school_id = any(schools)
     group by school_id, category, state;
$$;

-- statement triggers with the statement's rows: a file of a thousand pupils recounts each school once
create function people.at_risk_counted() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform people.recount_at_risk(array(select distinct school_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform people.recount_at_risk(array(select distinct school_id from old_rows));
    else
        perform people.recount_at_risk(array(select school_id from new_rows union select school_id from old_rows));
    end if;
    return null;
end
$$;

create trigger at_risk_counted_on_insert after insert on people.at_risk_pupil
    referencing new table as new_rows for each statement execute function people.at_risk_counted();
create trigger at_risk_counted_on_update after update on people.at_risk_pupil
    referencing old table as old_rows new table as new_rows for each statement execute function people.at_risk_counted();
create trigger at_risk_counted_on_delete after delete on people.at_risk_pupil
    referencing old table as old_rows for each statement execute function people.at_risk_counted();

select people.recount_at_risk(array(select distinct school_id from people.at_risk_pupil));

-- the staff overview counts a school year's classes per school of the scope: the year first, so a
-- region's count reads that year's entries (an index-only scan) rather than every year's rows
create index class_teacher_year_scope on people.class_teacher (school_year, school_path) include (school_id);
