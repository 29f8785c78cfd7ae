-- expect: circular_views_across_files/one.sql:4:
-- expect: circular_views_across_files/two.sql:1:
-- expect: does not exist
CREATE VIEW one AS SELECT x FROM two;
