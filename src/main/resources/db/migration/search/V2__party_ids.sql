-- The accounts of a dispute's parties: mediation lets a resident read the disputes they are a party to (PARTY_TO),
-- so a resident's search asks party_ids @> array[their id] beside the words. No index of its own: the words' GIN
-- index narrows first, and a resident's reach (own, public, party) is small.
alter table document add column party_ids bigint[] not null default '{}';
