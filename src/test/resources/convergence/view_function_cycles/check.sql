SELECT (SELECT max(n) FROM app.v2) = 2 AND (SELECT count(*) FROM app.t) = 2
