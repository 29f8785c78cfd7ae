-- Checks whose print PostgreSQL prints differently once the print itself is parsed again: a BETWEEN inside an AND
-- chain (an AND nested in an AND, flattened by the second parse) and an IN list on a varchar column (an array cast
-- as a whole, then an array of casts). Built from SQL here, created by the plan there: both must count as the
-- desired state, and a plan after the apply must find nothing.
CREATE TABLE ticket (
    id int PRIMARY KEY,
    priority smallint NOT NULL DEFAULT 5,
    state text NOT NULL,
    CONSTRAINT ticket_priority_check CHECK (priority BETWEEN 0 AND 10)
);
INSERT INTO ticket VALUES (1, 3, 'open');
CREATE TABLE audit (
    id int PRIMARY KEY,
    op varchar(8) NOT NULL CONSTRAINT audit_op_check CHECK (op IN ('INSERT', 'UPDATE', 'DELETE')),
    CONSTRAINT audit_id_check CHECK (id BETWEEN 1 AND 1000 AND id <> 13)
);
