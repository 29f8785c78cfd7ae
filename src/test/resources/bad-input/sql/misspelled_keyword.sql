-- expect: misspelled_keyword.sql:2:1: syntax error at or near "CREAT"
CREAT TABLE t (id int);
