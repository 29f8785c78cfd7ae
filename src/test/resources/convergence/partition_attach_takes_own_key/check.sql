SELECT (SELECT count(*) FROM billing.invoices) = 4
