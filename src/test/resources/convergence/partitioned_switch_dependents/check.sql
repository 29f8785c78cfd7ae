SELECT (SELECT count(*) FROM "Sales"."Order Lines") = 3 AND (SELECT count(*) FROM "Sales".lines_rest) = 1
   AND (SELECT count(*) FROM other.big_lines) = 1 AND (SELECT count(*) FROM other.shipments) = 1
   AND (SELECT max(id) FROM "Sales"."Order Lines") = 3
