SELECT (SELECT count(*) FROM app.t) = 2 AND (SELECT name FROM app.reader ORDER BY name LIMIT 1) = 'A'
