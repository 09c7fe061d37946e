-- The figures of services as this module counts them from its own events: one row per item of a request that ended
-- (ServiceItemHandled) and one per booking that closed (BookingClosed), so a second delivery changes nothing and a
-- month's figures of a village, office, item, community or centre are GROUP BY sums of integers: counts and the sum
-- of working days, never a stored average or rate.
create table handled_item (
    county        text collate "C" not null check (county ~ '^[0-9]{6}$'),
    request_id    bigint not null,
    item_id       bigint not null,
    month         date not null check (extract(day from month) = 1),
    village_code  text collate "C" not null check (village_code ~ '^[0-9]{6}([0-9]{3}){0,3}$'),
    office_unit_id bigint,
    office_name   text not null default '',
    item_name     text not null default '',
    agency        boolean not null,
    outcome       text not null check (outcome in ('DONE', 'ENDED')),
    working_days  integer not null check (working_days >= 0),
    on_time       boolean not null,
    handled_at    timestamptz not null,
    primary key (request_id, item_id, county)
);
create index handled_item_village_idx on handled_item (village_code, month);
create index handled_item_office_idx on handled_item (county, office_unit_id, month);

create table closed_booking (
    county         text collate "C" not null check (county ~ '^[0-9]{6}$'),
    booking_id     bigint not null,
    month          date not null check (extract(day from month) = 1),
    community_code text collate "C" not null check (community_code ~ '^[0-9]{6}([0-9]{3}){0,3}$'),
    centre_id      bigint not null,
    centre_name    text not null default '',
    service_kind   text not null default '',
    outcome        text not null check (outcome in ('ATTENDED', 'NO_SHOW', 'CANCELLED')),
    closed_at      timestamptz not null,
    primary key (booking_id, county)
);
create index closed_booking_community_idx on closed_booking (community_code, month);
