SELECT (SELECT count(*) FROM app."Events") = 2
