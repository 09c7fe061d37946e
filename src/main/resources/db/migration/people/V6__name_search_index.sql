-- Name-prefix search within a scope (ResidentRepository.byNamePrefix) finds a page's ids first, then reads
-- those rows. Both indexes it may use hold everything that step needs — name, id and territory_code — so it
-- is an index-only scan whichever the planner picks (also in its generic plan for a prepared statement):
--   by (name, id), skipping residents outside the scope inside the index (county or town scope), or
--   by (territory_code, name, id), a village's or grid's residents of that prefix, then the first 50.
drop index resident_name_idx;
create index resident_name_idx on resident (name, id) include (territory_code);
drop index resident_territory_name_idx;
create index resident_territory_name_idx on resident (territory_code, name, id);
