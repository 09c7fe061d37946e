-- The monthly report of a county reads its month of cases. case_received_idx orders the whole database's cases by
-- time, so on one database holding many counties that read stepped over every other county's month too (at a year
-- of Beijing, 16 districts: 1.78 M rows fetched to keep the district's 311,000). With the county first, the read is
-- the county's own rows, as it is on Citus where a county's cases share one shard.
create index case_county_time_idx on case_file (county, received_at desc, id desc);
