SELECT (SELECT total FROM calc.totals) = 7 AND (SELECT sum(total) FROM calc.point_totals) = 7
    AND (SELECT count(*) FROM calc.close WHERE label = '1,2') = 1 AND (SELECT count(*) FROM calc.points) = 2
