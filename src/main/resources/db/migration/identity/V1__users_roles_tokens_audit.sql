create table app_user (
    id            bigint generated always as identity primary key,
    username      text not null unique check (username ~ '^[a-z0-9][a-z0-9_.-]{1,31}$'),
    display_name  text not null check (display_name <> ''),
    password_hash text not null,
    enabled       boolean not null default true,
    created_at    timestamptz not null default now()
);

-- A role held at a territory node (DESIGN §1): the node's code is the prefix of everything the holder sees.
create table role_grant (
    user_id        bigint not null references app_user (id) on delete cascade,
    role           text not null check (role in ('RESIDENT', 'GRID_WORKER', 'VILLAGE_STAFF', 'TOWN_STAFF',
                                                 'DEPT_STAFF', 'COUNTY_ADMIN', 'PARTY_ORG_ADMIN', 'AUDITOR')),
    territory_code text collate "C" not null check (territory_code ~ '^[0-9]{2,15}$'),
    unit_id        bigint,
    primary key (user_id, role, territory_code),
    check ((role = 'DEPT_STAFF') = (unit_id is not null))
);
create index role_grant_territory_idx on role_grant (territory_code);

-- Only a hash of each API token is kept: a leaked table grants nothing.
create table api_token (
    token_hash   bytea primary key,
    user_id      bigint not null references app_user (id) on delete cascade,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null
);
create index api_token_user_idx on api_token (user_id);

-- Security events (login, logout, tokens, refusals), append-only; territory_code scopes who may read them.
create table audit_log (
    id             bigint generated always as identity primary key,
    at             timestamptz not null default now(),
    username       text,
    territory_code text collate "C",
    event          text not null,
    detail         text,
    remote_address text
);
create index audit_log_at_idx on audit_log (at desc, id desc);
create index audit_log_territory_idx on audit_log (territory_code, at desc);
