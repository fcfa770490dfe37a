-- Why: an addressed recommendation after an analysis (results, monitoring, the municipal mechanism)
-- is tracked like an assignment but comes from no meeting (issue #20): it keeps the analysis it
-- follows in words; a meeting's assignment keeps none.
alter table coordination.assignment add column basis text not null default '';
