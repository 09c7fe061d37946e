-- The case list (CaseRepository.list) newest first at the size of a year of 12345 orders (21 million cases).
-- A list is a union of parts, one per territory prefix of the user's scope; each part walks one of these
-- indexes newest first and stops after a page: a town or a village by the prefix of the grid code, a grid by
-- the existing (territory_code, received_at) index, a county by time alone. The open-case indexes serve the
-- overdue lists, whose rows are rare among all cases.
create index case_received_idx on case_file (received_at desc, id desc);
create index case_town_time_idx on case_file (left(territory_code, 9), received_at desc, id desc);
create index case_village_time_idx on case_file (left(territory_code, 12), received_at desc, id desc);
create index case_open_received_idx on case_file (received_at desc, id desc)
    where state not in ('CLOSED', 'REJECTED') and resolved_at is null;
create index case_open_town_time_idx on case_file (left(territory_code, 9), received_at desc, id desc)
    where state not in ('CLOSED', 'REJECTED') and resolved_at is null;
