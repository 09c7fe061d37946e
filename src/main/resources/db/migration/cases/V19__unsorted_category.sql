-- A catch-all leaf for a problem whose filer (or a hotline's record) does not know where it belongs: the case is
-- filed, someone sorts it later. Where a town lets the model dispatch automatically, the model's category replaces it
-- (dispatch.AutoRouter); a person corrects any category on the case page.
insert into category (code, name, parent_code, urgency, response_hours, check_in_hours, resolve_days) values
    ('99', '其他', null, null, null, null, null),
    ('9901', '其他（待分类）', '99', 'NORMAL', 24, 48, 10)
on conflict (code) do nothing;
