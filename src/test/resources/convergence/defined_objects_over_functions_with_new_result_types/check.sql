WITH added AS (INSERT INTO app.items (id, v) VALUES (3, 0) RETURNING code, lvl)
SELECT (SELECT n FROM app.total) = 5 AND (SELECT sum(n) FROM app.norms) = 7
    AND (SELECT code = 3 AND lvl = 1 FROM added)
    AND (SELECT pg_typeof(n) FROM app.total) = 'double precision'::regtype
