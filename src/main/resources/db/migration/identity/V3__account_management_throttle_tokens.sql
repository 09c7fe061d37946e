-- An account made by an administrator, by import or by a reset carries a password someone else chose: in
-- production its owner must choose their own before doing anything else.
alter table app_user add column must_change_password boolean not null default false;
alter table app_user add column updated_at timestamptz not null default now();
create index app_user_id_desc_idx on app_user (id desc);

-- Tokens are listed by their owner and revoked one by one or all at once; a revoked token stays as a row
-- (revoked_at set) so the list shows what happened to it.
alter table api_token add column id bigint generated always as identity;
alter table api_token add constraint api_token_id_key unique (id);
alter table api_token add column last_used_at timestamptz;
alter table api_token add column revoked_at timestamptz;

-- Failed sign-ins per account ('account:<username>') and per client address ('address:<ip>'), in the
-- database so that every node of a cluster refuses the same guesser.
create table login_throttle (
    key           text primary key,
    failures      integer not null,
    last_failure  timestamptz not null,
    locked_until  timestamptz
);
