-- The household register (户籍/实有人口台账) of DESIGN §3 `people`. Every row carries the territory code
-- of the grid it belongs to (15 digits, COLLATE "C"), the column scope ranges are put on.

-- Configurable tags (独居老人, 残疾人 …); residents carry tag codes.
create table tag (
    code       text primary key check (code ~ '^[A-Z_]{2,40}$'),
    name       text not null unique,
    care       boolean not null default false,   -- a special-population tag that calls for a care plan
    sort_order integer not null default 0
);
insert into tag (code, name, care, sort_order) values
    ('LIVING_ALONE_ELDERLY', '独居老人', true, 10),
    ('EMPTY_NEST_ELDERLY', '空巢老人', true, 20),
    ('LEFT_BEHIND_CHILD', '留守儿童', true, 30),
    ('DISABLED', '残疾人', true, 40),
    ('MINIMUM_LIVING', '低保户', true, 50),
    ('POVERTY_MONITORED', '脱贫监测户', true, 60),
    ('VETERAN', '退役军人', false, 70),
    ('SERIOUSLY_ILL', '重病患者', true, 80),
    ('FLOATING', '流动人口', false, 90);

-- Buildings and courtyards (楼栋/院落) under grids.
create table building (
    id        bigint generated always as identity primary key,
    grid_code text collate "C" not null check (grid_code ~ '^[0-9]{15}$'),
    name      text not null check (name <> ''),
    kind      text not null check (kind in ('BUILDING', 'COURTYARD')),
    unique (grid_code, name)
);

create table household (
    id             bigint generated always as identity primary key,
    territory_code text collate "C" not null check (territory_code ~ '^[0-9]{15}$'),
    building_id    bigint references building (id),
    address        text not null check (address <> ''),
    chief_id       bigint,   -- the household chief (户长, 十户一长) who looks after this household
    version        integer not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create index household_territory_idx on household (territory_code, id);
create index household_chief_idx on household (chief_id) where chief_id is not null;

-- Residents. ID and phone numbers are AES-GCM ciphertext; *_index is a keyed HMAC (blind index) for exact
-- search; *_masked is what lists show. Nobody reads the plain values without a logged reveal.
create table resident (
    id               bigint generated always as identity primary key,
    household_id     bigint references household (id),
    territory_code   text collate "C" not null check (territory_code ~ '^[0-9]{15}$'),
    name             text collate "C" not null check (name <> ''),
    relation         text not null default '其他',
    gender           char(1) not null check (gender in ('M', 'F')),
    birth_date       date not null,
    id_number_cipher bytea not null,
    id_number_index  bytea not null unique,
    id_number_masked text not null,
    phone_cipher     bytea,
    phone_index      bytea,
    phone_masked     text,
    tags             text[] not null default '{}',
    version          integer not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index resident_household_idx on resident (household_id);
create index resident_name_idx on resident (name, id);
create index resident_territory_name_idx on resident (territory_code, name);
create index resident_phone_idx on resident (phone_index) where phone_index is not null;
create index resident_tags_idx on resident using gin (tags);
alter table household add constraint household_chief_fk foreign key (chief_id) references resident (id)
    deferrable initially deferred;

-- Moves of a resident between households (or out of the register), append-only.
create table resident_move (
    id                bigint generated always as identity primary key,
    resident_id       bigint not null references resident (id),
    from_household_id bigint references household (id),
    to_household_id   bigint references household (id),
    from_territory    text collate "C",
    to_territory      text collate "C",
    reason            text not null check (reason <> ''),
    moved_at          timestamptz not null default now(),
    moved_by          text not null
);
create index resident_move_resident_idx on resident_move (resident_id, moved_at desc);

-- PIPL access log: every reveal of a full ID or phone number, with its reason.
create table reveal_log (
    id             bigint generated always as identity primary key,
    at             timestamptz not null default now(),
    username       text not null,
    resident_id    bigint not null references resident (id),
    territory_code text collate "C" not null,
    fields         text not null,
    reason         text not null check (reason <> '')
);
create index reveal_log_territory_idx on reveal_log (territory_code, at desc);
create index reveal_log_resident_idx on reveal_log (resident_id, at desc);
