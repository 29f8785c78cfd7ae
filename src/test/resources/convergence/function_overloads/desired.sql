-- One overload changed, one dropped, one added; the untouched one stays.
CREATE FUNCTION area(r double precision) RETURNS double precision LANGUAGE sql AS $$ SELECT pi() * r * r $$;
CREATE FUNCTION area(w integer, h integer) RETURNS integer LANGUAGE sql AS $$ SELECT w * h * 1 $$;
CREATE FUNCTION area(w bigint, h bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT w * h $$;
