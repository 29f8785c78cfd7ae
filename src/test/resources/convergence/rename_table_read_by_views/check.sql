SELECT (SELECT n FROM "Shop".counts) = 1 AND (SELECT count(*) FROM "Shop"."Stock Items") = 2
