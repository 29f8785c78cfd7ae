SELECT (SELECT happened FROM "Log".events WHERE id = 2) = timestamp '1970-01-02 00:00:00'
   AND (SELECT happened FROM "Log".events WHERE id = 3) = timestamp '2023-11-14 22:13:20'
   AND (SELECT "Flag" FROM "Log".events WHERE id = 1)
   AND (SELECT NOT "Flag" FROM "Log".events WHERE id = 2)
   AND (SELECT amount FROM "Log".events WHERE id = 2) = 7
   AND (SELECT payload -> 'a' FROM "Log".events WHERE id = 1) = '1'::jsonb
