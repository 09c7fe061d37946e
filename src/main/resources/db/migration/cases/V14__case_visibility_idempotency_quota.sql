-- A case is public (others may see and follow it, Open311 publishes it, personal data left out) or private.
-- Existing cases stay private: nobody chose to publish them.
alter table case_file add column public boolean not null default false;
-- Nearby public cases of a category (the duplicate offer, follow), newest first.
create index case_file_public_open_idx on case_file (category_code, received_at desc)
    where public and state not in ('CLOSED', 'REJECTED');

-- Idempotency-Key of a filing: a retry by the same caller with the same key answers the case filed the first time.
-- caller is 'user:<id>' or 'open311:<client id>'; body_hash tells a reuse of the key with another body (409).
create table filing_key (
    caller      text not null,
    idem_key    text not null,
    body_hash   text not null,
    case_id     bigint references case_file (id),
    created_at  timestamptz not null default now(),
    primary key (caller, idem_key)
);
create index filing_key_created_idx on filing_key (created_at);

-- The upload quota counts a user's uploads of the day; unused uploads are swept by their age.
create index attachment_uploader_idx on attachment (uploaded_by, uploaded_at);
create index attachment_unused_idx on attachment (uploaded_at) where case_id is null;
