-- The reveal log becomes the access log of personal data (PIPL): besides every reveal, it records every
-- export, every search by a full ID or phone number and every bulk read (a list of households or residents).
-- A row never holds a number that was searched for; list and search rows name no resident.
alter table reveal_log add column kind text not null default 'REVEAL'
    check (kind in ('REVEAL', 'EXPORT', 'NUMBER_SEARCH', 'LIST'));
alter table reveal_log add column hits integer;
alter table reveal_log alter column resident_id drop not null;
alter table reveal_log alter column reason drop not null;
create index reveal_log_username_idx on reveal_log (username, id desc);
create index reveal_log_kind_idx on reveal_log (kind, id desc);

-- A masked ID number keeps only the province and prefecture digits and the check character: the digits of
-- the birth date and the sequence code, beside a shown gender and age, let the whole number be rebuilt.
update resident set id_number_masked = left(id_number_masked, 4) || repeat('*', 13) || right(id_number_masked, 1)
where id_number_masked not like '____*************_';
