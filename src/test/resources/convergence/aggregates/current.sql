CREATE SCHEMA stats;
CREATE FUNCTION stats.add_sq(acc numeric, x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS 'SELECT acc + x * x';
CREATE AGGREGATE stats.sum_sq(numeric) (SFUNC = stats.add_sq, STYPE = numeric, INITCOND = '0');
CREATE AGGREGATE stats.gone(integer) (SFUNC = int4pl, STYPE = integer);
CREATE AGGREGATE stats."Count All"(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');
CREATE TABLE stats.points (id integer PRIMARY KEY, v numeric);
CREATE VIEW stats.summary AS SELECT stats.sum_sq(v) AS s FROM stats.points;
INSERT INTO stats.points VALUES (1, 2), (2, 3);
