-- expect: missing_schema.sql:3:
-- expect: schema "nowhere" does not exist
CREATE TABLE nowhere.t (id int);
