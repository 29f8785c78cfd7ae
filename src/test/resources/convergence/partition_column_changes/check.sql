SELECT (SELECT amount FROM invoices WHERE id = 10) = 5 AND (SELECT count(*) FROM payments) = 1
