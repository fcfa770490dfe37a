-- Each profile's factors and their levels, in the catalogue's order, kept beside the entries they come
-- from. The heatmap and the API's list need only these, and reading them out of the entries (about
-- 2.6 KB of compressed jsonb a school, mostly indicators and explanations) decompressed every
-- profile of the region on each view: 17 ms of the region's /risk in a country of 40,000 schools.
alter table risk.profile
    add column factor_codes jsonb generated always as (jsonb_path_query_array(entries, '$[*].factorCode')) stored,
    add column factor_levels jsonb generated always as (jsonb_path_query_array(entries, '$[*].level')) stored;
