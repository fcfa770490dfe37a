-- Why: one row per work cost PostgreSQL a tuple, a three-column index entry and eleven parsed
-- fields per work, and an import ran at ~40 000 works/s, a sixth of what a national year needs.
-- Works are now stored in blocks: one row per class (or part of a class) of a school, with the
-- participants' fields packed side by side, about 25 times fewer rows and index entries.
-- The view participant_result unpacks blocks into one row per work for anyone reading works in SQL.
create sequence assessments.import_number;

create table assessments.work_block (
    assessment_id uuid not null references assessments.assessment (id),
    school_id     uuid not null,
    class_label   text not null,
    -- the import that wrote the block: a re-import deletes the school's blocks of other imports
    import_number bigint not null,
    block         integer not null,
    -- participant codes, one per work, in the order of the works in scores and facts
    codes         text[] not null,
    -- works × tasks bytes, work after work, tasks in catalogue order; 255 = not attempted
    scores        bytea not null,
    -- 8 bytes per work: variant (2 bytes), primary score (2), mark, journal mark (0 = none),
    -- gender (0 = not given, 1 = м, 2 = ж), ОВЗ (0 or 1)
    facts         bytea not null,
    primary key (assessment_id, school_id, class_label, import_number, block),
    check (length(facts) = 8 * cardinality(codes))
);

insert into assessments.work_block
select assessment_id, school_id, class_label, 0, 0,
       array_agg(participant_code order by participant_code),
       string_agg(scores, ''::bytea order by participant_code),
       string_agg(int2send(variant) || int2send(primary_score)
                      || decode(lpad(to_hex(mark::integer), 2, '0')
                                || lpad(to_hex(coalesce(journal_mark, 0)::integer), 2, '0')
                                || case gender when 'м' then '01' when 'ж' then '02' else '00' end
                                || case when ovz then '01' else '00' end, 'hex'),
                  ''::bytea order by participant_code)
  from assessments.participant_result
 group by assessment_id, school_id, class_label;

drop table assessments.participant_result;

create view assessments.participant_result as
select b.assessment_id,
       b.school_id,
       b.class_label,
       b.import_number,
       b.codes[i] as participant_code,
       (get_byte(b.facts, (i - 1) * 8) * 256 + get_byte(b.facts, (i - 1) * 8 + 1))::smallint as variant,
       substring(b.scores from (i - 1) * t.n + 1 for t.n) as scores,
       (get_byte(b.facts, (i - 1) * 8 + 2) * 256 + get_byte(b.facts, (i - 1) * 8 + 3))::smallint as primary_score,
       get_byte(b.facts, (i - 1) * 8 + 4)::smallint as mark,
       nullif(get_byte(b.facts, (i - 1) * 8 + 5), 0)::smallint as journal_mark,
       (case get_byte(b.facts, (i - 1) * 8 + 6) when 1 then 'м' when 2 then 'ж' end)::char(1) as gender,
       get_byte(b.facts, (i - 1) * 8 + 7) = 1 as ovz
  from assessments.work_block b
 cross join lateral (select length(b.scores) / cardinality(b.codes) as n) t
 cross join lateral generate_subscripts(b.codes, 1) as i;

-- Element-wise sums, so that a class split over two blocks adds its second part's aggregate to
-- the first's in one upsert.
create function assessments.add_arrays(a integer[], b integer[]) returns integer[]
    language sql immutable parallel safe
    return (select array_agg(coalesce(x, 0) + coalesce(y, 0) order by n) from unnest(a, b) with ordinality as t(x, y, n));

create function assessments.add_arrays(a bigint[], b bigint[]) returns bigint[]
    language sql immutable parallel safe
    return (select array_agg(coalesce(x, 0) + coalesce(y, 0) order by n) from unnest(a, b) with ordinality as t(x, y, n));

-- Sums of arrays over rows: a municipality's and the region's aggregates are the sums of their
-- schools', computed in one statement after an import.
create aggregate assessments.sum_arrays(integer[]) (sfunc = assessments.add_arrays, stype = integer[]);
create aggregate assessments.sum_arrays(bigint[]) (sfunc = assessments.add_arrays, stype = bigint[]);

-- A class's aggregate is now computed from its block when a school page reads it (a class's block
-- is its works in under a kilobyte); result_aggregate keeps schools, municipalities and the region.
delete from assessments.result_aggregate where class_label <> '';
