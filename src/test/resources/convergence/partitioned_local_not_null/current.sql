CREATE SCHEMA s;
CREATE TABLE s.items (id int NOT NULL, cat text NOT NULL, note text, price int) PARTITION BY LIST (cat);
CREATE TABLE s.items_a PARTITION OF s.items FOR VALUES IN ('a');
CREATE TABLE s.items_b PARTITION OF s.items FOR VALUES IN ('b');
ALTER TABLE s.items_b ALTER COLUMN price SET NOT NULL;
INSERT INTO s.items VALUES (1, 'a', 'x', 1), (2, 'b', 'y', 2);
