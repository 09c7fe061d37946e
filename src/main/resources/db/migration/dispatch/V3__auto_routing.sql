-- Per town: whether the model dispatches new cases by itself, and from what confidence (per mille, exact).
create table auto_setting (
    county              text collate "C" not null check (county ~ '^[0-9]{6}$'),
    town_code           text collate "C" not null check (town_code ~ '^[0-9]{9}$'),
    enabled             boolean not null,
    threshold_permille  integer not null check (threshold_permille between 0 and 1000),
    version             integer not null default 0,
    updated_at          timestamptz not null,
    updated_by          text not null,
    primary key (county, town_code)
);

-- Every case the model dispatched by itself, and the unit leading it now: a different one is a correction.
create table auto_route (
    county              text collate "C" not null check (county ~ '^[0-9]{6}$'),
    case_id             bigint not null,
    town_code           text collate "C" not null,
    unit_id             bigint not null,
    confidence_permille integer not null check (confidence_permille between 0 and 1000),
    routed_at           timestamptz not null,
    current_unit_id     bigint,
    primary key (county, case_id)
);
create index auto_route_town_idx on auto_route (county, town_code, routed_at);
