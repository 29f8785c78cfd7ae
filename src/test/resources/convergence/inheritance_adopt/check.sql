SELECT (SELECT total FROM "Inv".orders WHERE id = 7) = 12.5 AND (SELECT count(*) FROM "Inv".base) = 2
   AND (SELECT note FROM "Inv".kept WHERE id = 8) = 'b'
