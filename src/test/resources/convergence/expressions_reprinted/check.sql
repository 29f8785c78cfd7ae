SELECT count(*) = 1 FROM "Billing"."Invoice" WHERE id = 1 AND small
