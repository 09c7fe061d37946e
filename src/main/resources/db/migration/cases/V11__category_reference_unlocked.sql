-- Every filing checked its category through the foreign key, which takes a KEY SHARE lock on the category's
-- row: with forty categories and many filings a second, a handful of rows were locked by most transactions at
-- once, each new locker making PostgreSQL write a new multixact. Categories are never deleted (they are made
-- inactive), and intake checks the code against the category list before it writes, so the key is dropped.
alter table case_file drop constraint case_file_category_code_fkey;
