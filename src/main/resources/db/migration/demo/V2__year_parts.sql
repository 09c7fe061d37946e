-- The parts of the demo year written after its cases (topics, meetings and ballots; the disputes' mediation), one
-- row each, written in the same transaction as the part itself: a restart skips the parts that are here and
-- writes the others whole.
create table year_part (
    part        text primary key,
    items       int not null,
    finished_at timestamptz not null
);
