SELECT (SELECT count(*) FROM "Event Log".events) = 5 AND (SELECT count(*) FROM "Event Log".events_d1) = 1
