SELECT (SELECT note FROM ONLY app.kid_plain WHERE id = 1) = 'plain note'
   AND (SELECT note FROM ONLY app.kid_keeps WHERE id = 2) = 'keeps note'
   AND (SELECT amount FROM ONLY "Side Shop"."Kid ""Quoted""" WHERE id = 3) = 30
   AND (SELECT count(*) FROM app.base) = 1
   AND (SELECT "Old Note" FROM app."kid of quoted" WHERE "Id" = 5) = 'old note'
   AND (SELECT gone FROM ONLY app.mid WHERE id = 6) = 'mid gone'
   AND (SELECT gone FROM app.leaf WHERE id = 7) = 'leaf gone'
   AND (SELECT gone2 FROM app.leaf2 WHERE id = 8) = 'leaf2 gone'
   AND (SELECT count(*) FROM app.top2) = 0
