CREATE SCHEMA app;
CREATE SCHEMA "Part Land";

CREATE TABLE app.events (
    id integer NOT NULL,
    kind text NOT NULL,
    amount integer
) PARTITION BY RANGE (id);
-- there before the checks: unvalidated, as now
CREATE TABLE app.events_1 PARTITION OF app.events FOR VALUES FROM (0) TO (100);
CREATE TABLE "Part Land".events_0 PARTITION OF app.events FOR VALUES FROM (-100) TO (0);
CREATE TABLE app.events_4 PARTITION OF app.events FOR VALUES FROM (300) TO (400);
-- a new partition there before the checks: apply adds it to a parent that has them, so it ends validated
CREATE TABLE app.events_5 PARTITION OF app.events FOR VALUES FROM (400) TO (500);
ALTER TABLE app.events ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID;
ALTER TABLE app.events ADD CONSTRAINT amount_positive_too CHECK (amount > 0);
-- came after the checks: validated, with its own partition
CREATE TABLE "Part Land"."Events 2" PARTITION OF app.events FOR VALUES FROM (100) TO (200) PARTITION BY LIST (kind);
CREATE TABLE "Part Land"."Events 2 a" PARTITION OF "Part Land"."Events 2" FOR VALUES IN ('a');
-- validated explicitly
CREATE TABLE app.events_3 PARTITION OF app.events FOR VALUES FROM (200) TO (300);
ALTER TABLE app.events_3 VALIDATE CONSTRAINT amount_positive;
-- attached after the checks (it must have them to be attached): validated
CREATE TABLE app.events_6 (
    id integer NOT NULL,
    kind text NOT NULL,
    amount integer,
    CONSTRAINT amount_positive CHECK (amount > 0),
    CONSTRAINT amount_positive_too CHECK (amount > 0)
);
ALTER TABLE app.events ATTACH PARTITION app.events_6 FOR VALUES FROM (500) TO (600);

CREATE TABLE app.tags (
    kind text NOT NULL,
    name text
) PARTITION BY LIST (kind);
CREATE TABLE app.tags_a PARTITION OF app.tags FOR VALUES IN ('a');
ALTER TABLE app.tags ADD CONSTRAINT "Tag name" CHECK (length(name) > 0) NOT VALID;
ALTER TABLE app.tags_a VALIDATE CONSTRAINT "Tag name";
CREATE TABLE app.tags_b PARTITION OF app.tags FOR VALUES IN ('b');

-- a new partitioned table: one partition before its NOT VALID check, one after
CREATE TABLE app.metrics (
    at date NOT NULL,
    reading numeric
) PARTITION BY RANGE (at);
CREATE TABLE app.metrics_2024 PARTITION OF app.metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE app.metrics ADD CONSTRAINT reading_known CHECK (reading IS NOT NULL) NOT VALID;
CREATE TABLE app.metrics_2025 PARTITION OF app.metrics FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
