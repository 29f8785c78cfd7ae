SELECT (SELECT count(*) FROM app.measurements WHERE id = 1 AND unit = 'kg') = 1
