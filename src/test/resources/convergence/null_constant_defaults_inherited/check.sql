SELECT (SELECT count(*) FROM ONLY "Null Copies".base) = 1
