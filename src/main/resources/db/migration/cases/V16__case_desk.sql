-- The staff case desk (问题台账): a case keeps the phone its reporter gave to be called back on, sealed with the
-- personal-data key (PIPL), masked for the page, and a keyed hash (blind index) of it, so staff find a caller's
-- cases by the number without decrypting a row. No case stored a phone before, so there is nothing to fill.
alter table case_file add column reporter_phone_sealed bytea,
    add column reporter_phone_masked text,
    add column reporter_phone_index bytea;
create index case_phone_idx on case_file (reporter_phone_index, received_at desc, id desc)
    where reporter_phone_index is not null;

-- The desk's filters at a year of county volume. Each part of the list's union walks a town newest first; a
-- filter that keeps few of a town's cases (a state, a channel, a category) would make it step over thousands, so
-- those filters get the town's prefix, their column and the list's order in one index. A number is matched from
-- its start (text_pattern_ops serves LIKE 'prefix%' whatever the collation); a unit's cases by its own index.
create index case_number_prefix_idx on case_file (number text_pattern_ops);
create index case_town_state_time_idx on case_file (left(territory_code, 9), state, received_at desc, id desc);
create index case_town_channel_time_idx on case_file (left(territory_code, 9), channel, received_at desc, id desc);
create index case_town_category_time_idx on case_file (left(territory_code, 9), category_code, received_at desc, id desc);
drop index case_unit_idx;
create index case_unit_idx on case_file (lead_unit_id, received_at desc, id desc) where lead_unit_id is not null;
