-- args: --schema app
-- expect: table elsewhere.t
-- expect: add their schema with --schema
CREATE SCHEMA app;
CREATE TABLE app.ok (id int);
CREATE SCHEMA elsewhere;
CREATE TABLE elsewhere.t (id int);
