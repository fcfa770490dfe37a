-- Why: a national year of ВПР is about 30 million works (some 1.2 million class blocks) and ten
-- years of them would be one table of 12 million blocks and its indexes. Results (work_block) and
-- aggregates (result_aggregate) are now partitioned by year (one partition per year, which can be
-- detached, archived or moved to other storage as a table) and, inside a year, by region (the
-- region's id hashed into 8 partitions): a region's import, its deletions and vacuum touch an eighth
-- of the year, and the region is the key a distributed PostgreSQL would place rows by
-- (docs/scaling.md). A partitioned table's unique keys must hold its partition keys, so year and
-- region_id end both primary keys (at the end, so that the reads by assessment and school use the
-- keys as before); writers set them, readers that name them read one partition.

drop view assessments.participant_result;
alter table assessments.work_block rename to work_block_unpartitioned;
alter table assessments.work_block_unpartitioned rename constraint work_block_pkey to work_block_unpartitioned_pkey;
alter table assessments.result_aggregate rename to result_aggregate_unpartitioned;
alter table assessments.result_aggregate_unpartitioned rename constraint result_aggregate_pkey to result_aggregate_unpartitioned_pkey;
drop index assessments.result_aggregate_scope;
drop index assessments.result_aggregate_school_rows;

create table assessments.work_block (
    year          smallint not null,
    region_id     uuid not null,
    assessment_id uuid not null references assessments.assessment (id),
    school_id     uuid not null,
    class_label   text not null,
    import_number bigint not null,
    block         integer not null,
    codes         text[] not null,
    scores        bytea not null,
    facts         bytea not null,
    check (length(facts) = 8 * cardinality(codes))
) partition by list (year);

create table assessments.result_aggregate (
    year           smallint not null,
    region_id      uuid not null,
    assessment_id  uuid not null references assessments.assessment (id),
    org_unit_id    uuid not null,
    org_level      smallint not null,
    org_path       text collate "C" not null,
    class_label    text not null,
    ovz            boolean not null,
    participants   integer not null,
    primary_sum    bigint not null,
    marks          integer[] not null,
    histogram      integer[] not null,
    task_sums      bigint[] not null,
    journal        integer[] not null
) partition by list (year);

-- A year's partitions (and their 8 regional ones) for both tables; does nothing when they exist.
create function assessments.add_year_partitions(y smallint) returns void
    language plpgsql as $$
declare
    t text;
begin
    if to_regclass(format('assessments.result_aggregate_%s', y)) is not null then
        return;
    end if;
    -- two catalogues saving the first assessment of a year at once: the second waits, then finds them
    perform pg_advisory_xact_lock(hashtext('assessments.add_year_partitions'));
    foreach t in array array['work_block', 'result_aggregate'] loop
        execute format('create table if not exists assessments.%1$s_%2$s partition of assessments.%1$s'
                       ' for values in (%2$s) partition by hash (region_id)', t, y);
        for r in 0..7 loop
            execute format('create table if not exists assessments.%1$s_%2$s_r%3$s partition of assessments.%1$s_%2$s'
                           ' for values with (modulus 8, remainder %3$s)', t, y, r);
        end loop;
    end loop;
end $$;

-- An assessment of a new year brings its partitions, whoever saves it (the catalogue, an upload,
-- a test's SQL): a results row never finds its year missing.
create function assessments.assessment_year_partitions() returns trigger
    language plpgsql as $$
begin
    perform assessments.add_year_partitions(new.year);
    return new;
end $$;

create trigger assessment_year_partitions after insert or update of year on assessments.assessment
    for each row execute function assessments.assessment_year_partitions();

select assessments.add_year_partitions(year) from (select distinct year from assessments.assessment) y;

insert into assessments.work_block (year, region_id, assessment_id, school_id, class_label, import_number, block,
                                    codes, scores, facts)
select a.year, substr(o.path, 2, 36)::uuid, b.assessment_id, b.school_id, b.class_label, b.import_number, b.block,
       b.codes, b.scores, b.facts
  from assessments.work_block_unpartitioned b
  join assessments.assessment a on a.id = b.assessment_id
  join orgunits.org_unit o on o.id = b.school_id;

insert into assessments.result_aggregate
select a.year, substr(r.org_path, 2, 36)::uuid, r.*
  from assessments.result_aggregate_unpartitioned r join assessments.assessment a on a.id = r.assessment_id;

-- nothing may be left behind: a block of a school missing from the register stops the migration
do $$
begin
    if (select count(*) from assessments.work_block) <> (select count(*) from assessments.work_block_unpartitioned)
       or (select count(*) from assessments.result_aggregate)
          <> (select count(*) from assessments.result_aggregate_unpartitioned) then
        raise exception 'results rows would be lost in the move to partitions';
    end if;
end $$;

drop table assessments.work_block_unpartitioned;
drop table assessments.result_aggregate_unpartitioned;

alter table assessments.work_block
    add primary key (assessment_id, school_id, class_label, import_number, block, year, region_id);
alter table assessments.result_aggregate
    add primary key (assessment_id, org_unit_id, class_label, ovz, year, region_id);
create index result_aggregate_scope on assessments.result_aggregate (assessment_id, org_level, org_path);
create index result_aggregate_school_rows on assessments.result_aggregate (assessment_id, org_path)
    where class_label = '' and org_level = 3;

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
