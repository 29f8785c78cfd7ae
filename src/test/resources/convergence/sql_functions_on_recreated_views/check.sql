SELECT (SELECT count(*) FROM app.t) = 2 AND (SELECT count(*) FROM app.u) = 2
   AND has_function_privilege('converge_reader', '"Other Schema"."Count V"()', 'EXECUTE')
   AND NOT has_function_privilege('public', '"Other Schema"."Count V"()', 'EXECUTE')
   AND obj_description('"Other Schema"."Count V"()'::regprocedure) = 'kept across the re-creation'
