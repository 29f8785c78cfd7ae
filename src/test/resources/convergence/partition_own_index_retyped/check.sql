SELECT count(*) = 4 AND sum("Code") = 100 FROM "Sales Data".events
