SELECT (SELECT count(*) FROM orders) = 2
