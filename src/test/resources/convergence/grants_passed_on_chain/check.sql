SELECT (SELECT count(*) FROM "Chained".items) = 1
