SELECT (SELECT sum(qty) FROM "Shop".orders) = 7 AND (SELECT count(*) FROM "Shop".base) = 1
