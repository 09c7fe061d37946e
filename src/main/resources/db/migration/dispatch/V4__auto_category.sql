-- The category the model gave an automatically dispatched case filed as 其他（待分类）, and the category it has now:
-- a person's change of it is a correction (and the next training learns the category as it stands).
alter table auto_route add column category_code text collate "C";
alter table auto_route add column current_category_code text collate "C";
