-- The search index (全文检索): one row per searchable record of another module, its words cut by the Java analyser
-- (smartcn) and stored as a tsvector under a GIN index. Distributed by county (docs/scale.md): the county is in the
-- key. The tsvector also carries one lexeme per territory level of the record ('§' and the code of its province,
-- city, county, town, village and grid: the parser never makes a word with '§'), so a town's search is one GIN
-- intersection of the query's words with its town, before any row is read.
-- title and body are the record's text with phone and ID numbers already taken out: the snippet's source.
-- public, owner_id and unit_ids are what the owning module's read rule turns on beyond territory, so SQL can leave
-- out what the reader may not see before ranking; each hit is still asked of the owning module before it is shown.
create table document (
    county         text collate "C" not null check (county ~ '^[0-9]{6}$'),
    kind           text collate "C" not null check (kind in ('CASE', 'DISPUTE', 'TOPIC', 'MINUTES', 'NOTICE')),
    record_id      bigint not null,
    territory_code text collate "C" not null,
    at             timestamptz not null,
    title          text not null,
    body           text not null,
    words          tsvector not null,
    public         boolean not null default false,
    owner_id       bigint,
    unit_ids       bigint[] not null default '{}',
    indexed_at     timestamptz not null default now(),
    primary key (kind, record_id, county),
    check (left(territory_code, 6) = county)
);
create index document_words_idx on document using gin (words);
create index document_territory_idx on document (territory_code, at);
create index document_owner_idx on document (owner_id, at) where owner_id is not null;

-- Records whose index entry is to be rewritten, written in the transaction of the change (so a crash loses none)
-- and emptied by the indexer in batches.
create table pending (
    id        bigint generated always as identity primary key,
    kind      text collate "C" not null,
    record_id bigint not null,
    queued_at timestamptz not null default now()
);
