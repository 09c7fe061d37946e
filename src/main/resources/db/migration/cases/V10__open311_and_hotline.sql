-- Interop intake (DESIGN §4): Open311 GeoReport v2 clients and requests, and hotline 12345 work orders.

-- A civic-tech client that may file through Open311. Only the SHA-256 of its API key is kept; the key is shown
-- once when issued. territory_prefix is where it may file (a county, town, village or grid code).
create table open311_client (
    id               bigint generated always as identity primary key,
    name             text not null check (length(name) between 1 and 100),
    key_sha256       bytea not null unique check (length(key_sha256) = 32),
    territory_prefix text collate "C" not null check (territory_prefix ~ '^[0-9]{6}([0-9]{3}){0,3}$'),
    active           boolean not null default true,
    created_by       text not null,
    created_at       timestamptz not null default now()
);

-- What an Open311 POST carries beyond the case itself. The token is the case's external_id (channel OPEN311).
-- The reporter's e-mail, phone, device and account ids are never stored.
create table open311_request (
    case_id    bigint primary key references case_file (id),
    client_id  bigint not null references open311_client (id),
    media_url  text check (length(media_url) <= 1000)
);

-- The hotline's own facts of an imported work order: who imported it, and the hotline's urgency flag.
-- The caller's phone number is never imported.
create table hotline_order (
    case_id     bigint primary key references case_file (id),
    order_id    text not null,
    urgent      boolean not null default false,
    imported_by text not null,
    imported_at timestamptz not null default now()
);

-- Open311's public list (the last 90 days, newest first) walks case_received_idx of V9.
