SELECT (SELECT count(*) FROM users WHERE id = 1 AND user_name = 'ann' AND state = 'waiting') = 1
   AND (SELECT count(*) FROM orders WHERE account_id = 1) = 1
