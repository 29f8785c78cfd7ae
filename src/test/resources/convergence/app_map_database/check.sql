SELECT (SELECT count(*) FROM osm.nodes) = 2 AND (SELECT nodes FROM osm.ways WHERE id = 10) = '{1,2}'::bigint[]
    AND (SELECT tag_values[1] FROM osm.nodes WHERE id = 1) = 'Somewhere'
    AND (SELECT bbox[4] FROM osm."Changesets" WHERE id = 7) = 515000100
