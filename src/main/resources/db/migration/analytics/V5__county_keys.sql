-- The counters and the tracks are distributed by county (docs/scale.md), beside the cases they count: each row
-- carries the 6-digit county prefix of its territory and its key holds it. The queue stays local.
alter table three_rates add column county text collate "C";
update three_rates set county = left(territory_code, 6);
alter table three_rates alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint three_rates_pkey, add primary key (month, territory_code, unit_id, level, county);

alter table case_track add column county text collate "C";
update case_track set county = left(territory_code, 6);
alter table case_track alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint case_track_pkey, add primary key (case_id, county);
