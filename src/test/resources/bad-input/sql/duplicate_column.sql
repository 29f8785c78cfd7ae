-- expect: duplicate_column.sql:3:
-- expect: column "id" specified more than once
CREATE TABLE t (id int, id text);
