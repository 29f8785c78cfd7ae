-- expect: unterminated_string.sql:4:32: unterminated quoted string
CREATE TABLE ok (id int PRIMARY KEY);

CREATE TABLE t (a text DEFAULT 'never closed);
CREATE TABLE u (id int);
