-- The record of another module a case was opened from, as kind:id (visit:123 for a visit's finding): the case
-- page links back to it. Null for a case reported directly.
alter table case_file add column source_ref text check (source_ref ~ '^[a-z][a-z_]{0,29}:[0-9]{1,18}$');
