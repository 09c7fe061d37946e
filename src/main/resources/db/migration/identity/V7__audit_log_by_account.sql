-- The audit page filters by account: newest first within one account's entries without reading the others.
-- Numbered apart so migrations written beside it land in either order.
create index audit_log_username_idx on audit_log (username, at desc, id desc);
