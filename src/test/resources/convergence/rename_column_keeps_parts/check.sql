SELECT count(*) = 1 FROM "Shop".items WHERE id = 1 AND quantity = 3 AND "Price Each" = 2.5 AND total = 7.5
