SELECT (SELECT count(*) FROM "Merge Cols".kid WHERE twice = 2) = 1
