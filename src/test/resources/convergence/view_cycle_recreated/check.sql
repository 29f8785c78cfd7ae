SELECT (SELECT count(*) FROM app.t) = 2
