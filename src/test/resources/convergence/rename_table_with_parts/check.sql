SELECT (SELECT count(*) FROM issues WHERE id = 1) = 1
