-- V2 gave the path column a 1000-bucket histogram, so that the planner told a municipality's prefix
-- from a region's and looked the municipality's schools up by index. Since decision 0035 the planner
-- prices reads by index as for data in memory (random_page_cost 1.1) and takes that path with the
-- coarser estimate too, while a fine histogram is paid at every plan: PostgreSQL estimates a
-- `path like '…%'` by testing the pattern against each histogram entry, and each scoped statement
-- is planned for its own prefix. At 40,000 schools the school list planned in 0.55–1.1 ms with 1000
-- buckets, 0.2–0.34 ms with 200, and ran as fast (0.2–0.36 ms for a municipality of 65 schools).
alter table orgunits.org_unit alter column path set statistics 200;
analyze orgunits.org_unit;
