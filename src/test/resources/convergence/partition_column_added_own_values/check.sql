SELECT (SELECT count(*) FROM "Part Cols"."P 1") = 1 AND (SELECT count(*) FROM other.p21) = 1
