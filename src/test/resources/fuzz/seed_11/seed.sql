INSERT INTO "Sales Data".items18 (id, label20) VALUES (1, 'v1'), (2, 'v2'), (3, 'v3');
