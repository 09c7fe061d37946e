-- The demo's year of visits is written once per town: this row says it was, whatever visits the town has besides.
create table demo_year (
    town       text collate "C" primary key check (town ~ '^[0-9]{9}$'),
    visits     integer not null,
    written_at timestamptz not null default now()
);
