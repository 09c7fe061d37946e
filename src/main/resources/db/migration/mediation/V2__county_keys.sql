-- Disputes are distributed by county (docs/scale.md): a dispute carries the 6-digit county prefix of its
-- territory, each row under it its dispute's, and every key holds it. A number starts with its county's
-- code, so (county, number) is as unique as the number; a case and the dispute opened from it share a county.
alter table dispute_party drop constraint dispute_party_dispute_id_fkey;
alter table dispute_mediator drop constraint dispute_mediator_dispute_id_fkey;
alter table dispute_session drop constraint dispute_session_dispute_id_fkey;
alter table dispute_agreement drop constraint dispute_agreement_dispute_id_fkey;
alter table dispute_follow_up drop constraint dispute_follow_up_dispute_id_fkey;
alter table dispute_event drop constraint dispute_event_dispute_id_fkey;

alter table dispute add column county text collate "C";
update dispute set county = left(territory_code, 6);
alter table dispute alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint dispute_pkey, add primary key (id, county),
    drop constraint dispute_number_key, add constraint dispute_number_key unique (number, county),
    drop constraint dispute_case_id_key, add constraint dispute_case_id_key unique (case_id, county);

alter table dispute_number alter column county type text collate "C", add check (county ~ '^[0-9]{6}$');

alter table dispute_party add column county text collate "C";
update dispute_party c set county = p.county from dispute p where p.id = c.dispute_id;
alter table dispute_mediator add column county text collate "C";
update dispute_mediator c set county = p.county from dispute p where p.id = c.dispute_id;
alter table dispute_session add column county text collate "C";
update dispute_session c set county = p.county from dispute p where p.id = c.dispute_id;
alter table dispute_agreement add column county text collate "C";
update dispute_agreement c set county = p.county from dispute p where p.id = c.dispute_id;
alter table dispute_follow_up add column county text collate "C";
update dispute_follow_up c set county = p.county from dispute p where p.id = c.dispute_id;
alter table dispute_event add column county text collate "C";
update dispute_event c set county = p.county from dispute p where p.id = c.dispute_id;

alter table dispute_party alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint dispute_party_pkey, add primary key (id, county),
    add foreign key (county, dispute_id) references dispute (county, id);
alter table dispute_mediator alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint dispute_mediator_pkey, add primary key (id, county),
    add foreign key (county, dispute_id) references dispute (county, id);
alter table dispute_session alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint dispute_session_pkey, add primary key (id, county),
    add foreign key (county, dispute_id) references dispute (county, id);
alter table dispute_agreement alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint dispute_agreement_pkey, add primary key (dispute_id, county),
    add foreign key (county, dispute_id) references dispute (county, id);
alter table dispute_follow_up alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint dispute_follow_up_pkey, add primary key (id, county),
    add foreign key (county, dispute_id) references dispute (county, id);
alter table dispute_event alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint dispute_event_pkey, add primary key (id, county),
    add foreign key (county, dispute_id) references dispute (county, id);
