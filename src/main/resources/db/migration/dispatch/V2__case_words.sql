-- The features of every finished case as the last training cut them, to find similar past cases (and how they
-- were solved) by weighted cosine: candidates are read by county, category and town, newest first.
create table case_words (
    county         text collate "C" not null check (county ~ '^[0-9]{6}$'),
    case_id        bigint not null,
    category_code  text collate "C" not null,
    territory_code text collate "C" not null,
    words          text[] not null,
    primary key (county, case_id)
);
create index case_words_category_idx on case_words (county, category_code, territory_code, case_id desc);
