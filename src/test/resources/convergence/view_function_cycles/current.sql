-- A table the cycles of the desired state read, and a view that is dropped.
CREATE SCHEMA app;
CREATE TABLE app.t (id int, name text);
INSERT INTO app.t VALUES (1, 'a'), (2, 'b');
CREATE VIEW app.old AS SELECT id FROM app.t;
