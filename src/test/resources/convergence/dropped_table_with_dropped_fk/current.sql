CREATE TABLE keep (id int PRIMARY KEY);
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id));
CREATE TABLE keeper_ref (id int PRIMARY KEY, parent_id int REFERENCES parent (id));
