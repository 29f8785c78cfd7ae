SELECT (SELECT count(*) FROM "Null Defaults".items) = 1
