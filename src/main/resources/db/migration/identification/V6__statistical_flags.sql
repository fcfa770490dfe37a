-- Why: the objectivity flags compare a school with what the region's schools of its level and size
-- predict (issue #16), so a flag keeps the expected value beside the observed one and how many
-- standard errors apart they are; a recorded fact (re-check, federal list) has neither.
alter table identification.objectivity_flag
    add column expected numeric,
    add column z numeric;

-- The rule sets gain the statistical parameters and the new options. Stored versions and runs keep
-- the cut-offs they were made with (history is not rewritten); the new keys get the defaults.
update identification.rule_set
set params = '{"giaAlone": false, "separateSpecialSchools": true, "specialOvzShare": 50, "falseAlarm": 0.5, "minEffect": 5, "giaMinEffect": 0.5}'::jsonb || params;
update identification.run
set params = '{"giaAlone": false, "separateSpecialSchools": true, "specialOvzShare": 50, "falseAlarm": 0.5, "minEffect": 5, "giaMinEffect": 0.5}'::jsonb || params;
