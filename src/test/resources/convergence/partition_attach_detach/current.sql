CREATE TABLE events (id int NOT NULL, kind text NOT NULL) PARTITION BY LIST (kind);
CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click');
CREATE TABLE events_view (id int NOT NULL, kind text NOT NULL);
INSERT INTO events VALUES (1, 'click');
INSERT INTO events_view VALUES (2, 'view');
