-- Reads of other modules' sensitive personal data (a household's income and illness in 防返贫 monitoring) are
-- logged with their reason beside reveals, under a kind of their own so the log page names them for what they are.
alter table reveal_log drop constraint reveal_log_kind_check;
alter table reveal_log add constraint reveal_log_kind_check
    check (kind in ('REVEAL', 'EXPORT', 'NUMBER_SEARCH', 'LIST', 'SENSITIVE_READ'));
