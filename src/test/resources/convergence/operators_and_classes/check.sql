SELECT (SELECT count(*) FROM geo.near) = 1 AND (SELECT count(*) FROM geo.points) = 2
