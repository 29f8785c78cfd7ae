-- events_view (a table of its own) becomes a partition; events_click leaves the partitioned table; both keep rows.
CREATE TABLE events (id int NOT NULL, kind text NOT NULL) PARTITION BY LIST (kind);
CREATE TABLE events_click (id int NOT NULL, kind text NOT NULL);
CREATE TABLE events_view PARTITION OF events FOR VALUES IN ('view');
