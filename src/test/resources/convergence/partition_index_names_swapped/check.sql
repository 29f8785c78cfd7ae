SELECT count(*) = 2 FROM "Event Log".events
