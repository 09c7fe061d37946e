-- Where a building stands (WGS84 degrees), for what lies within walking distance of a household; unknown until
-- surveyed or generated in the demo, so both are null together.
alter table building
    add column lat numeric(9, 6) check (lat between -90 and 90),
    add column lon numeric(9, 6) check (lon between -180 and 180),
    add constraint building_lat_lon_together check ((lat is null) = (lon is null));
