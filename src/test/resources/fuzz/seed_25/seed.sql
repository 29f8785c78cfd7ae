INSERT INTO "ref-data".items18 (id, "qty-21") VALUES (1, 'v1'), (2, 'v2'), (3, 'v3');
