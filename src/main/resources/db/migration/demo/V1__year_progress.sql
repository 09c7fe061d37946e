-- The demo year's progress: which plan is being generated (seed, scale, the moment it ends) and how many of its
-- months are written. Each month is written in one transaction with its row here, so a restart after a crash
-- resumes after the last month that committed and never leaves half a month.
create table year_run (
    id          int primary key check (id = 1),
    scale       text not null,
    seed        bigint not null,
    until_at    timestamptz not null,
    months_done int not null default 0,
    months      int not null,
    cases       int not null default 0,
    finished_at timestamptz
);

-- Which case each planned case became, so that a resumed run moves on the cases an earlier month filed.
create table year_case (
    plan_index int primary key,
    case_id    bigint not null
);
