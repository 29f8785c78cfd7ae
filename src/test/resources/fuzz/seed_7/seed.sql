INSERT INTO "Sales Data".items7 (id, at8) VALUES (1, 1), (2, 2), (3, 3);
