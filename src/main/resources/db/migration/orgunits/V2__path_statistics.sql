-- A scope is a prefix of the materialised path, and the paths are made of UUIDs, whose default
-- hundred-bucket histogram tells a municipality's prefix from a region's poorly: in a country of
-- 40,000 schools the planner expected 419 schools for a municipality of 65, joined them to
-- orgunits.school by reading all of its 40,000 rows (5.5 ms for the school list's count alone,
-- twice per page), where with a finer histogram it expects 42 and looks each one up (0.7 ms).
alter table orgunits.org_unit alter column path set statistics 1000;
analyze orgunits.org_unit;
