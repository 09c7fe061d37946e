-- Deliberation is distributed by county (docs/scale.md): a topic, meeting, series, resolution, notice, estate or
-- ballot carries the 6-digit county prefix of its territory, each row under it its parent's, and every key
-- holds it. A town's meeting settles topics and opens cases of its own county, so no key crosses counties.
alter table topic_event drop constraint topic_event_topic_id_fkey;
alter table topic_comment drop constraint topic_comment_topic_id_fkey;
alter table topic_support drop constraint topic_support_topic_id_fkey;
alter table meeting drop constraint meeting_series_id_fkey;
alter table meeting_agenda_item drop constraint meeting_agenda_item_meeting_id_fkey;
alter table meeting_agenda_item drop constraint meeting_agenda_item_topic_id_fkey;
alter table meeting_attendee drop constraint meeting_attendee_meeting_id_fkey;
alter table resolution drop constraint resolution_meeting_id_fkey;
alter table resolution drop constraint resolution_topic_id_fkey;
alter table resolution_case drop constraint resolution_case_resolution_id_fkey;
alter table notice drop constraint notice_resolution_id_fkey;
alter table estate_owner drop constraint estate_owner_estate_id_fkey;
alter table estate_unit drop constraint estate_unit_estate_id_fkey;
alter table estate_unit drop constraint estate_unit_owner_id_fkey;
alter table ballot drop constraint ballot_estate_id_fkey;
alter table ballot_participation drop constraint ballot_participation_ballot_id_fkey;
alter table ballot_choice drop constraint ballot_choice_ballot_id_fkey;

-- the rows that carry a territory
alter table topic add column county text collate "C";
update topic set county = left(territory_code, 6);
alter table meeting_series add column county text collate "C";
update meeting_series set county = left(territory_code, 6);
alter table meeting add column county text collate "C";
update meeting set county = left(territory_code, 6);
alter table resolution add column county text collate "C";
update resolution set county = left(territory_code, 6);
alter table notice add column county text collate "C";
update notice set county = left(territory_code, 6);
alter table estate add column county text collate "C";
update estate set county = left(territory_code, 6);
alter table ballot add column county text collate "C";
update ballot set county = left(territory_code, 6);

-- the rows under them
alter table topic_event add column county text collate "C";
update topic_event c set county = p.county from topic p where p.id = c.topic_id;
alter table topic_comment add column county text collate "C";
update topic_comment c set county = p.county from topic p where p.id = c.topic_id;
alter table topic_support add column county text collate "C";
update topic_support c set county = p.county from topic p where p.id = c.topic_id;
alter table meeting_agenda_item add column county text collate "C";
update meeting_agenda_item c set county = p.county from meeting p where p.id = c.meeting_id;
alter table meeting_attendee add column county text collate "C";
update meeting_attendee c set county = p.county from meeting p where p.id = c.meeting_id;
alter table resolution_case add column county text collate "C";
update resolution_case c set county = p.county from resolution p where p.id = c.resolution_id;
alter table estate_owner add column county text collate "C";
update estate_owner c set county = p.county from estate p where p.id = c.estate_id;
alter table estate_unit add column county text collate "C";
update estate_unit c set county = p.county from estate p where p.id = c.estate_id;
alter table ballot_participation add column county text collate "C";
update ballot_participation c set county = p.county from ballot p where p.id = c.ballot_id;
alter table ballot_choice add column county text collate "C";
update ballot_choice c set county = p.county from ballot p where p.id = c.ballot_id;

alter table topic alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint topic_pkey, add primary key (id, county);
alter table topic_event alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint topic_event_pkey, add primary key (id, county);
alter table topic_comment alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint topic_comment_pkey, add primary key (id, county);
alter table topic_support alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint topic_support_pkey, add primary key (topic_id, user_id, county);
alter table meeting_series alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint meeting_series_pkey, add primary key (id, county);
alter table meeting alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint meeting_pkey, add primary key (id, county);
drop index meeting_series_day_idx;
create unique index meeting_series_day_idx on meeting (territory_code, kind, held_on, county) where series_id is not null;
alter table meeting_agenda_item alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint meeting_agenda_item_pkey, add primary key (id, county),
    drop constraint meeting_agenda_item_meeting_id_position_key, add constraint meeting_agenda_item_meeting_id_position_key unique (meeting_id, position, county),
    drop constraint meeting_agenda_item_meeting_id_topic_id_key, add constraint meeting_agenda_item_meeting_id_topic_id_key unique (meeting_id, topic_id, county);
alter table meeting_attendee alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint meeting_attendee_pkey, add primary key (id, county);
alter table resolution alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint resolution_pkey, add primary key (id, county);
alter table resolution_case alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint resolution_case_pkey, add primary key (resolution_id, case_id, county);
alter table notice alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint notice_pkey, add primary key (id, county),
    drop constraint notice_resolution_id_key, add constraint notice_resolution_id_key unique (resolution_id, county);
alter table estate alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint estate_pkey, add primary key (id, county);
alter table estate_owner alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint estate_owner_pkey, add primary key (id, county),
    drop constraint estate_owner_estate_id_name_key, add constraint estate_owner_estate_id_name_key unique (estate_id, name, county);
drop index estate_owner_user_idx;
create unique index estate_owner_user_idx on estate_owner (user_id, estate_id, county) where user_id is not null;
alter table estate_unit alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint estate_unit_pkey, add primary key (estate_id, unit, county);
alter table ballot alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint ballot_pkey, add primary key (id, county);
alter table ballot_participation alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint ballot_participation_pkey, add primary key (ballot_id, voter_id, county);
alter table ballot_choice alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint ballot_choice_pkey, add primary key (ballot_id, receipt_hash, county);

alter table topic_event add foreign key (county, topic_id) references topic (county, id);
alter table topic_comment add foreign key (county, topic_id) references topic (county, id);
alter table topic_support add foreign key (county, topic_id) references topic (county, id);
alter table meeting add foreign key (county, series_id) references meeting_series (county, id);
alter table meeting_agenda_item add foreign key (county, meeting_id) references meeting (county, id),
    add foreign key (county, topic_id) references topic (county, id);
alter table meeting_attendee add foreign key (county, meeting_id) references meeting (county, id);
alter table resolution add foreign key (county, meeting_id) references meeting (county, id),
    add foreign key (county, topic_id) references topic (county, id);
alter table resolution_case add foreign key (county, resolution_id) references resolution (county, id);
alter table notice add foreign key (county, resolution_id) references resolution (county, id);
alter table estate_owner add foreign key (county, estate_id) references estate (county, id);
alter table estate_unit add foreign key (county, estate_id) references estate (county, id),
    add foreign key (county, owner_id) references estate_owner (county, id);
alter table ballot add foreign key (county, estate_id) references estate (county, id);
alter table ballot_participation add foreign key (county, ballot_id) references ballot (county, id);
alter table ballot_choice add foreign key (county, ballot_id) references ballot (county, id);
