SELECT (SELECT total FROM "Calc Ops"."Sizes") = 7 AND (SELECT count(*) FROM "Calc Ops"."Points" WHERE small AND label = '0,0') = 2
