-- Trained dispatch models, one row per version: the newest serves every node alike. The counts the classifiers
-- keep are stored whole (gzip), with the accuracy report of the training that made them.
create table model (
    version     integer primary key check (version > 0),
    trained_at  timestamptz not null,
    cases       integer not null check (cases >= 0),
    features    integer not null check (features >= 0),
    categories  bytea not null,
    units       bytea not null,
    report      jsonb not null
);
