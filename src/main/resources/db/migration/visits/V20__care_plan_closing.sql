-- 一人一策 beyond V1: whether a plan set its own visit frequency (then neither the county's table nor a change of
-- tags moves it), and why, when and by whom a plan was closed (the household left the special population).
alter table care_plan add column own_frequency boolean not null default false;
alter table care_plan add column closed_reason text;
alter table care_plan add column closed_at timestamptz;
alter table care_plan add column closed_by bigint;
alter table care_plan add constraint care_plan_closed_check
    check ((status = 'CLOSED') = (closed_reason is not null and closed_at is not null));
-- the supervision list and the responsible person's tasks read overdue plans by place and by who holds them
create index care_plan_responsible_due_idx on care_plan (responsible_kind, responsible_id, next_due_on)
    where status = 'ACTIVE';
