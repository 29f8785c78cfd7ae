-- BETWEEN inside an AND chain: PostgreSQL stores an AND nested in an AND and prints the inner parentheses, but
-- its printed text parses to one flat AND. The plan must still converge (a plan again finds nothing).
CREATE TABLE ticket (
    id int PRIMARY KEY,
    priority smallint NOT NULL DEFAULT 5,
    state text NOT NULL,
    CONSTRAINT ticket_priority_check CHECK (priority BETWEEN 0 AND 10)
);
INSERT INTO ticket VALUES (1, 3, 'open');
