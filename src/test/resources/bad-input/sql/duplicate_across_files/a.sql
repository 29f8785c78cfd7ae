-- expect: duplicate_across_files/b.sql:2:1
-- expect: type "mood" already exists
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE person (id int PRIMARY KEY, m mood);
