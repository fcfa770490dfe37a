-- The curators page lists a region's curators (support.curator.region_id = ?) three times per
-- answer. Without an index each read scanned every region's curators: 0.06 ms in the demo region,
-- 0.30 ms in a country of 1,700 curators (the national benchmark's statement statistics).
create index curator_region on support.curator (region_id, username);
