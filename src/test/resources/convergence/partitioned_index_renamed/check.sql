SELECT (SELECT count(*) FROM "my app".t) = 2
