-- Why: the exit rule may require the final monitoring's targets and a fall of the share of «2»
-- (issue #17); stored rule sets and runs keep what they had and gain the two options, off.
update identification.rule_set set params = '{"exitNeedsMonitoring": false, "exitNeedsVprGain": false}'::jsonb || params;
update identification.run set params = '{"exitNeedsMonitoring": false, "exitNeedsVprGain": false}'::jsonb || params;
