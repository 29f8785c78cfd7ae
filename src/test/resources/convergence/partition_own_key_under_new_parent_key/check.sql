SELECT (SELECT count(*) FROM shop.orders) = 3 AND (SELECT count(*) FROM shop.items) = 3
