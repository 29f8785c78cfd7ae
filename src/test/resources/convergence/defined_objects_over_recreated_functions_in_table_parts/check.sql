WITH added AS (INSERT INTO "Calc Ops"."Points" (id, x) VALUES (3, 10) RETURNING small, label)
SELECT (SELECT total FROM "Calc Ops"."Sizes") = 7 AND (SELECT small AND label = '0,0' FROM added)
    AND (SELECT count(*) FROM "Calc Ops"."Points" WHERE small AND label = '0,0') = 2
