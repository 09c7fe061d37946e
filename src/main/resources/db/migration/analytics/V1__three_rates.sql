-- The three rates (三率, DESIGN §4), kept incrementally from the case loop's events, never by scanning cases.
--
-- three_rates: one row per Beijing month of receipt, place (the grid when a grid handles the case itself,
-- else the village), lead unit (0: none whistled) and level the case is handled at. Every column is the sum
-- of the cases' parts (0 or 1 each) as ThreeRatesTally defines them, so the table always equals a GROUP BY of
-- case_track; closed counts cases closed at the row's level.
create table three_rates (
    month          date not null check (extract(day from month) = 1),
    territory_code text collate "C" not null check (territory_code ~ '^[0-9]{12}([0-9]{3})?$'),
    unit_id        bigint not null default 0,
    level          text not null check (level in ('GRID', 'VILLAGE', 'TOWN', 'COUNTY')),
    cases          bigint not null default 0,
    responded      bigint not null default 0,
    rated          bigint not null default 0,
    solved         bigint not null default 0,
    satisfied      bigint not null default 0,
    basic          bigint not null default 0,
    closed         bigint not null default 0,
    primary key (month, territory_code, unit_id, level)
);

-- case_track: what analytics remembers of each case (CaseTrack), so that a redelivered, late or concurrent
-- event changes the counters by exactly the difference it makes. The facts are those of the latest event.
create table case_track (
    case_id             bigint primary key,
    number              text not null,
    territory_code      text collate "C" not null,
    category_code       text collate "C" not null,
    channel             text not null,
    level               text not null,
    lead_unit_id        bigint,
    received_at         timestamptz not null,
    response_due_at     timestamptz not null,
    reporter_id         bigint,
    last_at             timestamptz not null,
    last_rank           integer not null,
    state               text not null,
    last_action         text,
    rating_solved       boolean,
    rating_satisfaction text,
    rating_at           timestamptz not null,
    rating_rank         integer not null,
    responses           text not null default ''
);
