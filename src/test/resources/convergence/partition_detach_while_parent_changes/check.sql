SELECT (SELECT payload FROM "Ev".events_click WHERE id = 1) = 'click payload'
   AND (SELECT payload FROM "Ev".events_view WHERE id = 2) = 'view payload'
   AND (SELECT payload FROM "Ev Side"."Events ""Other""" WHERE id = 4) = 'other payload'
   AND (SELECT count(*) FROM "Ev".events) = 1
   AND (SELECT body FROM "Ev".logs_2024_h1 WHERE id = 5) = 'h1 body'
   AND (SELECT count(*) FROM "Ev".logs) = 1
