-- Cases of towns with automatic dispatch on, queued in the transaction that filed them (so none is lost or routed
-- before it exists) and taken by QueuedRoutes; a case that fails three times is left to a person.
create table route_pending (
    id         bigint generated always as identity primary key,
    case_id    bigint not null,
    town_code  text collate "C" not null check (town_code ~ '^[0-9]{9}$'),
    queued_at  timestamptz not null default now(),
    attempts   integer not null default 0
);
