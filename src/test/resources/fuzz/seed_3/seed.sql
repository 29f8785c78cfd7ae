INSERT INTO "ref-data".items6 (id, amount9) VALUES (1, 1), (2, 2), (3, 3);
