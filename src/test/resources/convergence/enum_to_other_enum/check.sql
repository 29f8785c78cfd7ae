SELECT (SELECT s::text FROM t WHERE id = 1) = 'b'
