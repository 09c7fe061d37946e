-- How each dispute's mediation ended, as this module tallies mediation's DisputeConcluded events: the 不上交率 of a
-- place is counted from it. One row per dispute (a second delivery changes nothing).
create table dispute_outcome (
    county         text collate "C" not null check (county ~ '^[0-9]{6}$'),
    dispute_id     bigint not null,
    territory_code text collate "C" not null check (territory_code ~ '^[0-9]{6}([0-9]{3}){0,3}$'),
    level          text not null,
    outcome        text not null,
    concluded_on   date not null,
    primary key (county, dispute_id)
);
create index dispute_outcome_territory_idx on dispute_outcome (territory_code, concluded_on);
