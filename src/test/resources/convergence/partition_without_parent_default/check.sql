SELECT (SELECT count(*) FROM "Rental".payment) = 3 AND (SELECT sum(amount) FROM "Rental".payment) = 7.5
