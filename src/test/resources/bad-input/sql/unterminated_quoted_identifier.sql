-- expect: unterminated_quoted_identifier.sql:2:14: unterminated quoted identifier
CREATE TABLE "no end (id int);
