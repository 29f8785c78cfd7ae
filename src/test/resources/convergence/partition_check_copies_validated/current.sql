-- Partitions' copies of NOT VALID checks: which are validated depends on whether the partition was there when the
-- check was added (unvalidated) or came after it (validated, PARTITION OF or ATTACH PARTITION alike).
CREATE SCHEMA app;
CREATE SCHEMA "Part Land";

CREATE TABLE app.events (
    id integer NOT NULL,
    kind text NOT NULL,
    amount integer
) PARTITION BY RANGE (id);
CREATE TABLE app.events_1 PARTITION OF app.events FOR VALUES FROM (0) TO (100);
CREATE TABLE "Part Land".events_0 PARTITION OF app.events FOR VALUES FROM (-100) TO (0);
CREATE TABLE "Part Land"."Events 2" PARTITION OF app.events FOR VALUES FROM (100) TO (200) PARTITION BY LIST (kind);
CREATE TABLE "Part Land"."Events 2 a" PARTITION OF "Part Land"."Events 2" FOR VALUES IN ('a');
CREATE TABLE app.events_3 PARTITION OF app.events FOR VALUES FROM (200) TO (300);
INSERT INTO app.events VALUES (1, 'a', 1), (150, 'a', 2), (250, 'b', 3);
ALTER TABLE app.events ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID;
-- an equal check, valid: its copies are validated everywhere
ALTER TABLE app.events ADD CONSTRAINT amount_positive_too CHECK (amount > 0);
-- came after the NOT VALID check: validated, which the desired state does not ask for (kept: no unvalidating)
CREATE TABLE app.events_4 PARTITION OF app.events FOR VALUES FROM (300) TO (400);

CREATE TABLE app.tags (
    kind text NOT NULL,
    name text
) PARTITION BY LIST (kind);
CREATE TABLE app.tags_a PARTITION OF app.tags FOR VALUES IN ('a');
INSERT INTO app.tags VALUES ('a', 'x');
ALTER TABLE app.tags ADD CONSTRAINT "Tag name" CHECK (length(name) > 0) NOT VALID;
