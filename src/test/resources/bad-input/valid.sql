-- A valid desired state for the bad-URL cases: if the URL were accepted, this would change the target.
CREATE TABLE public.keep (id int PRIMARY KEY, note text NOT NULL DEFAULT '', added_by_valid_sql int);
CREATE SCHEMA app;
CREATE TABLE app.ok (id bigint);
