SELECT (SELECT count(*) FROM "My App".events) = 2 AND (SELECT count(*) FROM "My App".people) = 2
   AND "My App".event_count() = 2 AND "My App".happy_count() = 1
