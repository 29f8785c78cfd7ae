SELECT (SELECT count(*) FROM events WHERE id = 2) = 1 AND (SELECT count(*) FROM events_click WHERE id = 1) = 1
