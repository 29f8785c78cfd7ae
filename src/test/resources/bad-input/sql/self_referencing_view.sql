-- expect: self_referencing_view.sql:2:
CREATE VIEW v AS SELECT 1 AS x FROM v;
