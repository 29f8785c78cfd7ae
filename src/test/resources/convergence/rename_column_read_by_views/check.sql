SELECT (SELECT double_price FROM "Shop".prices WHERE id = 1) = 5.0
   AND NOT EXISTS (SELECT FROM "Shop".prices WHERE id = 2)
   AND (SELECT qty FROM "Shop".stock WHERE id = 1) = 3
   AND (SELECT quantity FROM "Shop".items WHERE id = 1) = 3
