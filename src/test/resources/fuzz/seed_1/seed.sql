INSERT INTO "Audit"."Events 11" (id, "note-13") VALUES (1, 'r1'), (2, 'r2'), (3, 'r3');
