-- The case loop's events waiting to be folded into the counters. Each event is written here in the transaction
-- that files or moves the case (so none is lost and none is counted before its case exists), and the folder
-- takes them in batches: one transaction folds a few hundred events and deletes them, instead of one
-- transaction per event and listener. kind: FILED (CaseFiled) or MOVED (CaseMoved); payload: the event as JSON.
create table case_event_queue (
    id        bigint generated always as identity primary key,
    case_id   bigint not null,
    kind      text not null check (kind in ('FILED', 'MOVED')),
    payload   text not null,
    queued_at timestamptz not null default now(),
    -- an event that cannot be folded (a bug, a payload of an older shape) is set aside here with the reason,
    -- so that the events behind it are not held up; clearing parked_at folds it again
    parked_at timestamptz,
    error     text
);
create index case_event_queue_waiting_idx on case_event_queue (id) where parked_at is null;
