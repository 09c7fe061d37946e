-- Cases are distributed by county (docs/scale.md): a case carries the 6-digit county prefix of its territory,
-- each row about a case carries its case's, and every key holds it so a county's cases can live on one
-- machine. A number starts with its county's code, so (county, number) is as unique as the number alone; a
-- hotline order id or Open311 token is unique per channel within a county, where one county files them.
-- The county is the last column of each key: a lookup by id alone still walks the key's index, and Citus asks
-- only that the key hold it. Queues, idempotency keys, uploads and the inbox are local (docs/scale.md): their keys to a case go.
alter table attachment drop constraint attachment_case_id_fkey;
alter table filing_key drop constraint filing_key_case_id_fkey;
alter table inbox drop constraint inbox_case_id_fkey;

alter table case_file drop constraint case_file_merged_into_fkey;
alter table case_event drop constraint case_event_case_id_fkey;
alter table case_unit drop constraint case_unit_case_id_fkey;
alter table case_follower drop constraint case_follower_case_id_fkey;
alter table supervision drop constraint supervision_case_id_fkey;
alter table open311_request drop constraint open311_request_case_id_fkey;
alter table hotline_order drop constraint hotline_order_case_id_fkey;

alter table case_file add column county text collate "C";
update case_file set county = left(territory_code, 6);
alter table case_file alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint case_file_pkey, add primary key (id, county),
    drop constraint case_file_number_key, add constraint case_file_number_key unique (number, county);
drop index case_external_idx;
create unique index case_external_idx on case_file (channel, external_id, county) where external_id is not null;

alter table case_number alter column county type text collate "C", add check (county ~ '^[0-9]{6}$');

alter table case_event add column county text collate "C";
alter table case_unit add column county text collate "C";
alter table case_follower add column county text collate "C";
alter table supervision add column county text collate "C";
alter table open311_request add column county text collate "C";
alter table hotline_order add column county text collate "C";
update case_event e set county = c.county from case_file c where c.id = e.case_id;
update case_unit e set county = c.county from case_file c where c.id = e.case_id;
update case_follower e set county = c.county from case_file c where c.id = e.case_id;
update supervision e set county = c.county from case_file c where c.id = e.case_id;
update open311_request e set county = c.county from case_file c where c.id = e.case_id;
update hotline_order e set county = c.county from case_file c where c.id = e.case_id;

alter table case_event alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint case_event_pkey, add primary key (id, county),
    add foreign key (county, case_id) references case_file (county, id);
alter table case_unit alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint case_unit_pkey, add primary key (case_id, unit_id, county),
    add foreign key (county, case_id) references case_file (county, id);
alter table case_follower alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint case_follower_pkey, add primary key (case_id, user_id, county),
    add foreign key (county, case_id) references case_file (county, id);
alter table supervision alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint supervision_pkey, add primary key (id, county),
    drop constraint supervision_case_id_kind_unit_id_key, add constraint supervision_case_id_kind_unit_id_key unique (case_id, kind, unit_id, county),
    add foreign key (county, case_id) references case_file (county, id);
alter table open311_request alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint open311_request_pkey, add primary key (case_id, county),
    add foreign key (county, case_id) references case_file (county, id);
alter table hotline_order alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint hotline_order_pkey, add primary key (case_id, county),
    add foreign key (county, case_id) references case_file (county, id);
alter table case_file add foreign key (county, merged_into) references case_file (county, id);
