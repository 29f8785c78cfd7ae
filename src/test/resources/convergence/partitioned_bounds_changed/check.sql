SELECT (SELECT count(*) FROM m) = 2 AND (SELECT count(*) FROM m_rest) = 1 AND (SELECT count(*) FROM h_0) = 2
