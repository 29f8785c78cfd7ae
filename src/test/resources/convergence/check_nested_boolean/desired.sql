CREATE TABLE ticket (
    id int PRIMARY KEY,
    priority smallint NOT NULL DEFAULT 5,
    state text NOT NULL,
    CONSTRAINT ticket_priority_check CHECK ((priority BETWEEN 0 AND 10) AND priority IS NOT NULL),
    CONSTRAINT ticket_state_check CHECK (state IN ('open', 'closed') OR (state = 'held' AND priority NOT BETWEEN 4 AND 6))
);
-- unchanged: built from SQL in current, so it prints the first form on both sides
CREATE TABLE audit (
    id int PRIMARY KEY,
    op varchar(8) NOT NULL CONSTRAINT audit_op_check CHECK (op IN ('INSERT', 'UPDATE', 'DELETE')),
    CONSTRAINT audit_id_check CHECK (id BETWEEN 1 AND 1000 AND id <> 13)
);
-- new: the plan creates it from the print, so the target prints the second form
CREATE TABLE event (
    id int PRIMARY KEY,
    kind varchar(8) NOT NULL CONSTRAINT event_kind_check CHECK (kind IN ('a', 'b')),
    CONSTRAINT event_id_check CHECK (id BETWEEN 1 AND 1000 AND id <> 13)
);
