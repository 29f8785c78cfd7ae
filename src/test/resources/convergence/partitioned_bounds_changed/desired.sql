-- A bound widened (detach, attach with the new bound), a plain table attached, the default partition detached
-- into a plain table, a hash partition re-bounded.
CREATE TABLE m (id int NOT NULL, d date NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE m_rest (id int NOT NULL, d date NOT NULL);
CREATE TABLE m_old PARTITION OF m FOR VALUES FROM ('2000-01-01') TO ('2024-01-01');
CREATE TABLE h (id int NOT NULL) PARTITION BY HASH (id);
CREATE TABLE h_0 (id int NOT NULL);
