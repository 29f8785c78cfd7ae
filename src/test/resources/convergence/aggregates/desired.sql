CREATE SCHEMA stats;
-- the state function is re-created (its argument names change): the aggregate and the view that uses it follow
CREATE FUNCTION stats.add_sq(total numeric, val numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS 'SELECT total + val * val';
-- a changed aggregate (its initial state), with a comment
CREATE AGGREGATE stats.sum_sq(numeric) (SFUNC = stats.add_sq, STYPE = numeric, INITCOND = '1');
COMMENT ON AGGREGATE stats.sum_sq(numeric) IS 'sum of squares';
CREATE AGGREGATE stats."Count All"(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0', PARALLEL = SAFE);
REVOKE EXECUTE ON FUNCTION stats."Count All"() FROM PUBLIC;
CREATE FUNCTION stats.pick(numeric[], numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS 'SELECT max(x) + $2 FROM unnest($1) x';
-- an ordered-set aggregate, new
CREATE AGGREGATE stats.top_of(numeric ORDER BY numeric) (SFUNC = array_append, STYPE = numeric[],
    FINALFUNC = stats.pick);
REVOKE EXECUTE ON FUNCTION stats.top_of(numeric, numeric) FROM PUBLIC;
CREATE TABLE stats.points (id integer PRIMARY KEY, v numeric);
CREATE VIEW stats.summary AS SELECT stats.sum_sq(v) AS s FROM stats.points;
