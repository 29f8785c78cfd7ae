-- expect: circular_views.sql:3:
-- expect: circular_views.sql:4:
CREATE VIEW a AS SELECT * FROM b;
CREATE VIEW b AS SELECT * FROM a;
