SELECT pg_catalog.string_agg(x.copy, ', ' ORDER BY x.copy COLLATE "C") =
       '"Part Land"."Events 2 a" amount_positive, "Part Land"."Events 2" amount_positive, '
       || 'app.events_3 amount_positive, app.events_4 amount_positive, app.events_5 amount_positive, '
       || 'app.events_6 amount_positive, app.metrics_2025 reading_known, app.tags_a Tag name, app.tags_b Tag name'
FROM (SELECT c.conrelid::pg_catalog.regclass::text || ' ' || c.conname AS copy
      FROM pg_catalog.pg_constraint c
      WHERE c.contype = 'c' AND NOT c.conislocal AND c.convalidated
        AND c.conname IN ('amount_positive', 'reading_known', 'Tag name')) AS x
