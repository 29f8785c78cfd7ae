SELECT (SELECT "Double" FROM "Shop".items WHERE id = 1) = 6
   AND (SELECT sum(twice) FROM "Shop".events) = 24
