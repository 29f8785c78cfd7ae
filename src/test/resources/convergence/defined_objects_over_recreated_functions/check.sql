SELECT (SELECT n FROM calc.summary) = 5 AND (SELECT near FROM calc.summary) = 2 AND (SELECT count(*) FROM calc.labels WHERE label = '3,4') = 1
