SELECT (SELECT count(*) FROM shop.orders) = 2 AND (SELECT count(*) FROM shop."Line Items") = 1
