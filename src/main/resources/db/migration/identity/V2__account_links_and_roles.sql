-- An account may be the resident it is and the party member it is (DESIGN §1): "own household" and "own
-- cases" are decided through these links. The people and party modules own those records; no foreign key
-- crosses into their schemas.
alter table app_user add column resident_id bigint;
alter table app_user add column party_member_id bigint;
create unique index app_user_resident_idx on app_user (resident_id) where resident_id is not null;

-- Roles are an extensible set (org.jiceng.Role); the enum is the list, the database keeps the shape only.
alter table role_grant drop constraint role_grant_role_check;
alter table role_grant add constraint role_grant_role_check check (role ~ '^[A-Z][A-Z_]{1,39}$');
