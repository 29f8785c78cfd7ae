SELECT (SELECT count(*) FROM ONLY "Inh Cols".parent) = 1 AND (SELECT count(*) FROM ONLY "Inh Cols"."Child A") = 1
    AND (SELECT count(*) FROM other.grand) = 1
