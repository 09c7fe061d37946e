-- Administrative divisions (NBS statistical codes, DESIGN §2). A code prefix is a subtree, so every code
-- column is COLLATE "C": prefix ranges (code >= '530326' and code < '530327') use the b-tree.
create table division (
    code        text collate "C" primary key check (code ~ '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3}([0-9]{3})?)?)?)?$'),
    name        text not null check (name <> ''),
    level       smallint not null check (level between 1 and 5),
    parent_code text collate "C",
    check ((level = 1) = (parent_code is null))
);
create index division_parent_idx on division (parent_code, code);

-- Grids (网格): village code + 3 digits. The polygon is GeoJSON (WGS-84); the centroid and bounding box
-- are kept beside it so lists and maps need not parse it.
create table grid (
    code         text collate "C" primary key check (code ~ '^[0-9]{15}$'),
    name         text not null check (name <> ''),
    village_code text collate "C" not null check (village_code = left(code, 12)),
    geometry     text not null,
    centroid_lat double precision not null,
    centroid_lon double precision not null,
    min_lat      double precision not null,
    min_lon      double precision not null,
    max_lat      double precision not null,
    max_lon      double precision not null,
    worker_name  text,
    version      integer not null default 0,
    updated_at   timestamptz not null default now()
);
create index grid_village_idx on grid (village_code, code);

-- Handling units: county departments (县直部门) and other bodies that cases are dispatched to.
create table unit (
    id             bigint generated always as identity primary key,
    name           text not null check (name <> ''),
    kind           text not null check (kind in ('DEPARTMENT', 'TOWN_OFFICE', 'VILLAGE_COMMITTEE')),
    territory_code text collate "C" not null,
    unique (territory_code, name)
);
create index unit_territory_idx on unit (territory_code);
