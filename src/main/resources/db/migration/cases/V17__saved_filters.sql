-- Saved searches of the case desk: a name and the query string a staff member keeps for their own use. They
-- belong to an account, not to a place (an account may read more than one county), so they stay local.
-- Numbered apart from the desk's own migrations so the two can land in either order.
create table saved_filter (
    id         bigint generated always as identity primary key,
    user_id    bigint not null,
    name       text not null check (length(name) between 1 and 30),
    query      text not null check (length(query) <= 1000),
    created_at timestamptz not null,
    unique (user_id, name)
);
