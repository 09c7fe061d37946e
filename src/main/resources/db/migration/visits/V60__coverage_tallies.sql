-- Coverage figures (issue 17 item 7) kept per grid, so a county's figures by town read ~5,000 small rows instead of
-- aggregating 300,000 households, their assignments and a month of visits on every request (measured: see
-- docs/benchmarks.md, "Visit coverage"). A grid's row is recomputed from the base tables when it is read after a
-- change: the triggers below only mark the grids (and, for visits, the grid and month) a write touched, whichever
-- code path wrote it (a form, an offline sync, an import, a bulk COPY), so no writer has to remember the tallies.

-- What is "as of today" for a grid: households, those held by an active HOUSEHOLD assignment, active care plans and
-- those overdue. as_of is the Beijing day it was computed for: a row of an earlier day is recomputed when read,
-- since assignments end and plans fall due by the calendar alone.
create table coverage_grid (
    county        text collate "C" not null check (county ~ '^[0-9]{6}$'),
    grid_code     text collate "C" not null check (grid_code ~ '^[0-9]{15}$'),
    as_of         date not null,
    households    integer not null,
    held          integer not null,
    plans         integer not null,
    plans_overdue integer not null,
    primary key (grid_code, county)
);
create index coverage_grid_as_of_idx on coverage_grid (as_of, grid_code);

-- Households visited in a grid in a Beijing month (month = its first day), counted in the grid where the visit
-- was logged. No row: nobody visited (every visit's grid and month is marked when it is written).
create table coverage_grid_month (
    county    text collate "C" not null check (county ~ '^[0-9]{6}$'),
    grid_code text collate "C" not null check (grid_code ~ '^[0-9]{15}$'),
    month     date not null check (extract(day from month) = 1),
    visited   integer not null,
    primary key (grid_code, month, county)
);

-- Grids whose figures a write changed: month is null for the "as of today" figures, else the month of a visit.
create table coverage_dirty (
    county    text collate "C" not null check (county ~ '^[0-9]{6}$'),
    grid_code text collate "C" not null check (grid_code ~ '^[0-9]{15}$'),
    month     date not null default '-infinity',
    -- month first: a read takes one month's marks under a prefix, while the other months' marks wait their turn
    primary key (month, grid_code, county)
);

-- Statement-level triggers with transition tables: one insert of the distinct grids a statement touched, so a
-- COPY of a million visits marks a few thousand rows, not a million.
create function coverage_mark_grids() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into visits.coverage_dirty (county, grid_code)
        select distinct county, territory_code from changed_new where length(territory_code) = 15
        on conflict do nothing;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into visits.coverage_dirty (county, grid_code)
        select distinct county, territory_code from changed_old where length(territory_code) = 15
        on conflict do nothing;
    end if;
    return null;
end $$;

-- An assignment counts in its household's grid, which may no longer be the grid it was written with.
create function coverage_mark_held_grids() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into visits.coverage_dirty (county, grid_code)
        select distinct h.county, h.territory_code from changed_new a
        join visits.household h on h.id = a.household_id and h.county = a.county
        on conflict do nothing;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into visits.coverage_dirty (county, grid_code)
        select distinct h.county, h.territory_code from changed_old a
        join visits.household h on h.id = a.household_id and h.county = a.county
        on conflict do nothing;
    end if;
    return null;
end $$;

create function coverage_mark_visit_months() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into visits.coverage_dirty (county, grid_code, month)
        select distinct county, territory_code, date_trunc('month', visited_at at time zone 'Asia/Shanghai')::date
        from changed_new
        on conflict do nothing;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into visits.coverage_dirty (county, grid_code, month)
        select distinct county, territory_code, date_trunc('month', visited_at at time zone 'Asia/Shanghai')::date
        from changed_old
        on conflict do nothing;
    end if;
    return null;
end $$;

create trigger household_coverage_ins after insert on household
    referencing new table as changed_new for each statement execute function coverage_mark_grids();
create trigger household_coverage_upd after update on household
    referencing old table as changed_old new table as changed_new for each statement execute function coverage_mark_grids();
create trigger household_coverage_del after delete on household
    referencing old table as changed_old for each statement execute function coverage_mark_grids();
create trigger assignment_coverage_ins after insert on assignment
    referencing new table as changed_new for each statement execute function coverage_mark_held_grids();
create trigger assignment_coverage_upd after update on assignment
    referencing old table as changed_old new table as changed_new for each statement execute function coverage_mark_held_grids();
create trigger assignment_coverage_del after delete on assignment
    referencing old table as changed_old for each statement execute function coverage_mark_held_grids();
create trigger care_plan_coverage_ins after insert on care_plan
    referencing new table as changed_new for each statement execute function coverage_mark_grids();
create trigger care_plan_coverage_upd after update on care_plan
    referencing old table as changed_old new table as changed_new for each statement execute function coverage_mark_grids();
create trigger care_plan_coverage_del after delete on care_plan
    referencing old table as changed_old for each statement execute function coverage_mark_grids();
create trigger visit_coverage_ins after insert on visit
    referencing new table as changed_new for each statement execute function coverage_mark_visit_months();
create trigger visit_coverage_upd after update on visit
    referencing old table as changed_old new table as changed_new for each statement execute function coverage_mark_visit_months();
create trigger visit_coverage_del after delete on visit
    referencing old table as changed_old for each statement execute function coverage_mark_visit_months();

-- Whatever the module's tables already hold when this runs is marked once.
insert into coverage_dirty (county, grid_code)
select county, territory_code from household union select county, territory_code from care_plan
on conflict do nothing;
insert into coverage_dirty (county, grid_code, month)
select distinct county, territory_code, date_trunc('month', visited_at at time zone 'Asia/Shanghai')::date from visit
on conflict do nothing;
