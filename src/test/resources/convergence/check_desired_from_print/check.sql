SELECT count(*) = 1 FROM account WHERE id = 1 AND kind = 'user'
