-- The overdue list walks a town's (or the county's) open cases newest first and keeps those past their resolve
-- deadline. The newest open cases are mostly not due yet, so the first page stepped over days of them, reading
-- each one's row from the table to learn its deadline (136 ms at 21 million cases). With the deadline and the
-- grid code stored in the index itself PostgreSQL skips them inside the index (an index-only scan).
drop index case_open_town_time_idx;
drop index case_open_received_idx;
create index case_open_town_time_due_idx on case_file (left(territory_code, 9), received_at desc, id desc)
    include (territory_code, resolve_due_at)
    where state not in ('CLOSED', 'REJECTED') and resolved_at is null;
create index case_open_time_due_idx on case_file (received_at desc, id desc)
    include (territory_code, resolve_due_at)
    where state not in ('CLOSED', 'REJECTED') and resolved_at is null;
