-- Excel imports of the household register (docs/household-import.md). A job is created when a file is
-- uploaded and updated as its rows are validated and imported, so a page can show the progress. The file
-- itself is not kept; the problems found in it are, as a JSON array of {row, column, reason}.
create table import_job (
    id               uuid primary key,
    username         text not null,
    territory_prefix text collate "C" not null,   -- the importer's scope: who else may read the job
    file_name        text not null,
    state            text not null check (state in ('VALIDATING', 'FAILED', 'IMPORTING', 'DONE')),
    total_rows       integer not null default 0,
    rows_validated   integer not null default 0,
    rows_imported    integer not null default 0,
    households       integer not null default 0,
    problem_count    integer not null default 0,
    problems         jsonb not null default '[]',
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index import_job_territory_idx on import_job (territory_prefix, created_at desc);
create index import_job_user_idx on import_job (username, created_at desc);
