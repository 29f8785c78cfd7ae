SELECT (SELECT user_name FROM accounts WHERE id = 1) = 'ann'
