SELECT count(*) = 3 FROM "Event Log".events
