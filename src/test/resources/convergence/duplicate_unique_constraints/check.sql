SELECT count(*) = 2 FROM "Ref Data".kept
