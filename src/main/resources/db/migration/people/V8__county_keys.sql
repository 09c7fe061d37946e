-- The register is distributed by county (docs/scale.md): every row carries the 6-digit county prefix of its
-- territory (a child row, its parent's), and every key holds it so a county's rows can live on one machine.
-- The ID number stays unique within a county by key; across counties the register checks it before it writes.
-- The access log is local (a search at a province's scope has no county): its key to a resident goes.
alter table reveal_log drop constraint reveal_log_resident_id_fkey;

alter table household drop constraint household_building_id_fkey;
alter table household drop constraint household_chief_fk;
alter table resident drop constraint resident_household_id_fkey;
alter table resident_move drop constraint resident_move_resident_id_fkey;
alter table resident_move drop constraint resident_move_from_household_id_fkey;
alter table resident_move drop constraint resident_move_to_household_id_fkey;
alter table household_move drop constraint household_move_household_id_fkey;

alter table building add column county text collate "C";
update building set county = left(grid_code, 6);
alter table household add column county text collate "C";
update household set county = left(territory_code, 6);
alter table resident add column county text collate "C";
update resident set county = left(territory_code, 6);
alter table resident_move add column county text collate "C";
update resident_move m set county = r.county from resident r where r.id = m.resident_id;
alter table household_move add column county text collate "C";
update household_move m set county = h.county from household h where h.id = m.household_id;

alter table building alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint building_pkey, add primary key (id, county),
    drop constraint building_grid_code_name_key, add constraint building_grid_code_name_key unique (grid_code, name, county);
alter table household alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint household_pkey, add primary key (id, county);
alter table resident alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint resident_pkey, add primary key (id, county),
    drop constraint resident_id_number_index_key, add constraint resident_id_number_index_key unique (id_number_index, county);
alter table resident_move alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint resident_move_pkey, add primary key (id, county);
alter table household_move alter column county set not null, add check (county ~ '^[0-9]{6}$'),
    drop constraint household_move_pkey, add primary key (id, county);

alter table household add foreign key (county, building_id) references building (county, id),
    add constraint household_chief_fk foreign key (county, chief_id) references resident (county, id)
        deferrable initially deferred;
alter table resident add foreign key (county, household_id) references household (county, id);
alter table resident_move add foreign key (county, resident_id) references resident (county, id),
    add foreign key (county, from_household_id) references household (county, id),
    add foreign key (county, to_household_id) references household (county, id);
alter table household_move add foreign key (county, household_id) references household (county, id);
