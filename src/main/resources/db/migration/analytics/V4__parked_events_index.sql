-- The parked events are listed on every visit of a county administrator to the statistics page: an index of
-- their own, so that the list does not read the whole queue while a backlog of waiting events is folded.
create index case_event_queue_parked_idx on case_event_queue (id) where parked_at is not null;
