SELECT (SELECT note FROM "Ev".events WHERE id = 2) = 'b' AND (SELECT count(*) FROM "Ev".events) = 2
