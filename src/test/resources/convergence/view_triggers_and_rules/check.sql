SELECT (SELECT count(*) FROM app.accounts) = 1
