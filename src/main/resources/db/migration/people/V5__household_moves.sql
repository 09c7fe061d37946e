-- A household's own history: every change of address or grid (整户迁移), append-only.
create table household_move (
    id             bigint generated always as identity primary key,
    household_id   bigint not null references household (id),
    from_territory text collate "C" not null,
    to_territory   text collate "C" not null,
    from_address   text not null,
    to_address     text not null,
    reason         text not null check (reason <> ''),
    moved_at       timestamptz not null default now(),
    moved_by       text not null
);
create index household_move_household_idx on household_move (household_id, moved_at desc);
