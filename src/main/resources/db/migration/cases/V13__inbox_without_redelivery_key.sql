-- The inbox's messages are written in the transaction of the change itself (CaseNotifier's listeners; for a new
-- case, the statement that inserts it), and no event is ever delivered to them a second time, so the unique key
-- that made a redelivered event write nothing twice has nothing left to catch. It cost every message a third
-- index entry and a speculative insertion (docs/benchmarks.md).
alter table inbox drop constraint inbox_source_key_user_id_territory_code_unit_id_key;
