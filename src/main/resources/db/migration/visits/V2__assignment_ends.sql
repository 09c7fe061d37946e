-- An assignment's end is a recorded decision: why it ended (调整, 离任, or handed over to a new holder) and who
-- ended it. The chain and the gap list ask "who holds it today", so active rows are indexed apart.
alter table assignment
    add column end_reason text,
    add column ended_by   bigint;

create index assignment_active_idx on assignment (territory_code, level, starts_on) where ends_on is null;
create index assignment_holder_active_idx on assignment (holder_kind, holder_id, level) where ends_on is null;
