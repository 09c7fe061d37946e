-- Members, posts and 双报到 are distributed by county (docs/scale.md): each row carries the 6-digit county
-- prefix of its territory (a service record, its registration's) and every key holds it. Organisations stay
-- a reference table: a party committee may sit above a county. A member is one resident, who lives in one
-- county, so (county, resident_id) is as unique as the resident; a member registers with a community of the
-- county they live in.
alter table dual_registration drop constraint dual_registration_member_id_fkey;
alter table service_record drop constraint service_record_registration_id_fkey;

alter table member add column county text collate "C";
update member set county = left(territory_code, 6);
alter table member alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint member_pkey, add primary key (id, county),
    drop constraint member_resident_id_key, add constraint member_resident_id_key unique (resident_id, county);

alter table post add column county text collate "C";
update post set county = left(territory_code, 6);
alter table post alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint post_pkey, add primary key (id, county);

alter table dual_registration add column county text collate "C";
update dual_registration set county = left(community_code, 6);
alter table dual_registration alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint dual_registration_pkey, add primary key (id, county),
    drop constraint dual_registration_community_code_unit_name_key, add constraint dual_registration_community_code_unit_name_key unique (community_code, unit_name, county),
    drop constraint dual_registration_community_code_member_id_key, add constraint dual_registration_community_code_member_id_key unique (community_code, member_id, county),
    add foreign key (county, member_id) references member (county, id);

alter table service_record add column county text collate "C";
update service_record c set county = p.county from dual_registration p where p.id = c.registration_id;
alter table service_record alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint service_record_pkey, add primary key (id, county),
    add foreign key (county, registration_id) references dual_registration (county, id);
