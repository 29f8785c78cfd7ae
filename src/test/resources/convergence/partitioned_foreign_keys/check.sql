SELECT (SELECT count(*) FROM lines) = 1
