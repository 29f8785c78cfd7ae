SELECT (SELECT s FROM stats.summary) = 14 AND (SELECT count(*) FROM stats.points) = 2
