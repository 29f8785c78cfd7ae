CREATE TABLE keep (id int PRIMARY KEY);
CREATE TABLE keeper_ref (id int PRIMARY KEY, parent_id int);
