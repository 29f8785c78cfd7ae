-- expect: unterminated_dollar_quote.sql:3:49: unterminated dollar-quoted string $body$
CREATE TABLE ok (id int PRIMARY KEY);
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$
  SELECT 1;
$bodY$;
