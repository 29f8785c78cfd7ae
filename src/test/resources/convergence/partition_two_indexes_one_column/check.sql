SELECT count(*) = 2 FROM "Sales Data".events
