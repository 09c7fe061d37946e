-- The monthly 民情分析 report of a territory (a county, town or village), generated once after its month ended
-- and kept as it was, so last month's report reads the same tomorrow however the cases move on. figures is the
-- report as the API answers it (counts only: no reporter, name, phone or description).
create table monthly_report (
    county         text collate "C" not null check (county ~ '^[0-9]{6}$'),
    territory_code text collate "C" not null check (territory_code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
    month          date not null check (extract(day from month) = 1),
    figures        jsonb not null,
    generated_at   timestamptz not null,
    primary key (territory_code, month, county),
    check (left(territory_code, 6) = county)
);
