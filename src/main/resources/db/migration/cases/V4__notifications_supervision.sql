-- Notifications (DESIGN §4 事事有回音): written by listeners of the case events, which the event publication
-- registry delivers after a crash too; source_key makes a redelivered event write nothing twice.
create table inbox (
    id             bigint generated always as identity primary key,
    source_key     text not null,
    user_id        bigint,
    territory_code text collate "C",
    unit_id        bigint,
    case_id        bigint references case_file (id),
    kind           text not null,
    title          text not null,
    body           text not null,
    created_at     timestamptz not null default now(),
    check (user_id is not null or territory_code is not null or unit_id is not null),
    unique nulls not distinct (source_key, user_id, territory_code, unit_id)
);
create index inbox_user_idx on inbox (user_id, id desc) where user_id is not null;
create index inbox_territory_idx on inbox (territory_code, id desc) where territory_code is not null;
create index inbox_unit_idx on inbox (unit_id, id desc) where unit_id is not null;

create table inbox_read (
    user_id    bigint not null,
    message_id bigint not null references inbox (id),
    primary key (user_id, message_id)
);

-- The outbound webhook for SMS and WeChat gateways: one row per message, retried with back-off until a 2xx.
create table webhook_delivery (
    id              bigint generated always as identity primary key,
    source_key      text not null unique,
    payload         text not null,
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    delivered_at    timestamptz,
    gave_up_at      timestamptz,
    last_error      text,
    created_at      timestamptz not null default now()
);
create index webhook_due_idx on webhook_delivery (next_attempt_at) where delivered_at is null and gave_up_at is null;
