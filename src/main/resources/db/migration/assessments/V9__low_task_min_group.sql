-- Why: a group of a few works (a class of six, a school of eight) moves its solve rate by a tenth
-- per pupil, so a low mark across schools needs a minimum group size (issue #16). It is the
-- region's choice like the thresholds, kept with each version; stored versions get the
-- installation's default of 10.
alter table assessments.low_task_rule
    add column min_group integer not null default 10 check (min_group between 1 and 1000);
