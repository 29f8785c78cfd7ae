SELECT (SELECT extra FROM app.joiner WHERE id = 1) = 10
   AND (SELECT price FROM "Side Shop"."Joiner ""Two""" WHERE id = 2) = 5
   AND (SELECT count(*) FROM app.base) = 2
