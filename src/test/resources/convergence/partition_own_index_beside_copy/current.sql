-- Nothing yet: the plan creates the partitioned table, its indexes and its partitions' own indexes, as inspect's
-- SQL output does from an empty database (fuzz seed 1089).
CREATE SCHEMA "Event Log";
