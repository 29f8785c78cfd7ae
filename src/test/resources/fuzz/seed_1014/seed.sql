INSERT INTO app."Items 5" (id, amount6) VALUES (1::integer, 1::app.dom1), (2::integer, 2::app.dom1), (3::integer, 3::app.dom1);
INSERT INTO app.items7 (id, "At 8", code9) VALUES (1::integer, 'r1'::text, 1.5::numeric(10,2)), (2::integer, 'r2'::text, 2.5::numeric(10,2)), (3::integer, 'r3'::text, 3.5::numeric(10,2));
