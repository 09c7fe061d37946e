-- The case list (CaseRepository.list) newest first at the scale of a year of 12345 (21 million cases):
-- the territory index orders by grid first, so a town's list had to fetch and sort every case of the town
-- that matched. These let PostgreSQL walk the cases newest first and stop after a page, filtering scope
-- (a town is about 4 % of a county) as it goes: by state, for any filter, and for the overdue list.
create index case_state_received_idx on case_file (state, received_at desc, id desc);
create index case_received_idx on case_file (received_at desc, id desc);
create index case_overdue_received_idx on case_file (received_at desc, id desc)
    where state not in ('CLOSED', 'REJECTED') and resolved_at is null;
