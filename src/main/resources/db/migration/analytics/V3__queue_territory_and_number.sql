-- A queued event keeps the territory and the readable number of its case, from the event's facts: the parked
-- events (those the folder could not fold) are listed to county administrators by territory, in SQL like every
-- other read, and with the number they know the case by, even when the payload itself cannot be read.
alter table case_event_queue add column territory_code text collate "C", add column case_number text;
-- events queued before: taken from the payload's text where it has them (a parked payload may not be JSON)
update case_event_queue
set territory_code = substring(payload from '"territoryCode":"([0-9]{12}(?:[0-9]{3})?)"'),
    case_number = substring(payload from '"number":"([^"]+)"');
