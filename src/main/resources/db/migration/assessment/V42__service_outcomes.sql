-- Services close to home as this module tallies the services module's events: each item of a request that ended
-- (ServiceItemHandled) and each booking that closed (BookingClosed), one row each (a second delivery changes
-- nothing), so 代办按时办结率 and 预约到场率 of a place are counts and every one traces back to its request or booking.
create table service_item_outcome (
    county       text collate "C" not null check (county ~ '^[0-9]{6}$'),
    request_id   bigint not null,
    item_id      bigint not null,
    village_code text collate "C" not null check (village_code ~ '^[0-9]{6}([0-9]{3}){0,3}$'),
    item_name    text not null default '',
    agency       boolean not null,
    outcome      text not null,
    on_time      boolean not null,
    handled_on   date not null,
    primary key (request_id, item_id, county)
);
create index service_item_outcome_village_idx on service_item_outcome (village_code, handled_on);

create table booking_outcome (
    county         text collate "C" not null check (county ~ '^[0-9]{6}$'),
    booking_id     bigint not null,
    community_code text collate "C" not null check (community_code ~ '^[0-9]{6}([0-9]{3}){0,3}$'),
    centre_name    text not null default '',
    outcome        text not null,
    closed_on      date not null,
    primary key (booking_id, county)
);
create index booking_outcome_community_idx on booking_outcome (community_code, closed_on);
