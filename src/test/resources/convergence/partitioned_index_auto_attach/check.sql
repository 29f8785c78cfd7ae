SELECT (SELECT count(*) FROM logs) = 1
