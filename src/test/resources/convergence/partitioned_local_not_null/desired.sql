-- A NOT NULL of a partition alone (not of its parent): added on one, removed from the other; a default of the
-- partition alone too.
CREATE SCHEMA s;
CREATE TABLE s.items (id int NOT NULL, cat text NOT NULL, note text, price int) PARTITION BY LIST (cat);
CREATE TABLE s.items_a PARTITION OF s.items FOR VALUES IN ('a');
CREATE TABLE s.items_b PARTITION OF s.items FOR VALUES IN ('b');
ALTER TABLE s.items_a ALTER COLUMN note SET NOT NULL;
ALTER TABLE s.items_a ALTER COLUMN price SET DEFAULT 5;
CREATE TABLE s.items_c PARTITION OF s.items (note NOT NULL) FOR VALUES IN ('c');
