-- The index is split by county into 32 hash partitions, each with its own GIN index (docs/search.md, "Partitions by
-- county"). A town's or county's search names its county, so it reads one partition: its words' lists hold that
-- county's documents only, not the whole city's, and its rows lie together on disk. At a year of Beijing's hotline
-- (21.43 M documents) a common word's list over all districts cost a town's search more than its own matches did.
-- Citus distributes the partitioned table on the same column (db/citus/layout.sql).
create table document_by_county (like document including defaults including constraints) partition by hash (county);
do $$
begin
    for remainder in 0..31 loop
        execute format('create table document_%s partition of document_by_county for values with (modulus 32, remainder %s)',
                       remainder, remainder);
    end loop;
end
$$;
insert into document_by_county select * from document;
drop table document;
alter table document_by_county rename to document;
alter table document add primary key (kind, record_id, county);
create index document_words_idx on document using gin (words);
create index document_territory_idx on document (territory_code, at);
create index document_owner_idx on document (owner_id, at) where owner_id is not null;
