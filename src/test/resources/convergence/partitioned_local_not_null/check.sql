SELECT (SELECT count(*) FROM s.items) = 2
