-- expect: meta_command.sql:3:1: psql meta-command \connect is not SQL
CREATE TABLE ok (id int);
\connect other
